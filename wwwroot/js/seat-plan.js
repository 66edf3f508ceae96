// Seat plan behaviour for the seat choice page (Features/Seats). The page works without this file: the list's
// checkboxes are the form. This file makes the server-drawn SVG plan a second way to tick them: click, arrow keys,
// Enter/Space, an announcement per change, and zoom (the plan's box scrolls, so panning is native scrolling and touch).
(() => {
    'use strict';

    const form = document.querySelector('[data-testid="seat-choice-form"]');
    if (!form || form.dataset.seatPlanReady) {
        return;
    }

    form.dataset.seatPlanReady = 'true';
    const plan = form.querySelector('.seat-plan');
    const seats = Array.from(form.querySelectorAll('[data-testid="seat"]'));
    const announcer = form.querySelector('[data-seat-announcer]');
    const counter = form.querySelector('[data-seat-count]');
    const byId = new Map(seats.map(seat => [seat.dataset.seatId, seat]));

    const box = seat => checkboxFor(seat.dataset.seatId);
    const checkboxFor = id => form.querySelector(`input[name="seat"][value="${CSS.escape(id)}"]`);
    const isFree = seat => seat.dataset.seatState !== 'taken';
    const isChosen = seat => seat.dataset.seatState === 'selected';

    function show(seat, chosen) {
        seat.dataset.seatState = chosen ? 'selected' : 'free';
        seat.setAttribute('aria-checked', chosen ? 'true' : 'false');
    }

    // A wheelchair place comes with its companion seat: the companion follows it on the plan (the server adds it).
    function companionOf(seat) {
        const id = seat.dataset.companion;
        const companion = id ? byId.get(id) : null;
        return companion && isFree(companion) && !checkboxFor(id) ? companion : null;
    }

    function chosenCount() {
        return seats.filter(isChosen).length;
    }

    function announce(seat, chosen) {
        const name = seat.getAttribute('aria-label').split(',').slice(0, 3).join(',');
        const template = chosen ? announcer.dataset.chosen : announcer.dataset.unchosen;
        const count = announcer.dataset.count.replace('{0}', chosenCount());
        announcer.textContent = `${template.replace('{0}', name)} ${count}`;
        counter.textContent = count;
    }

    function toggle(seat) {
        const checkbox = box(seat);
        if (!isFree(seat) || !checkbox) {
            return;
        }

        checkbox.checked = !checkbox.checked;
        sync(checkbox);
    }

    function sync(checkbox) {
        const seat = byId.get(checkbox.value);
        if (!seat) {
            return;
        }

        show(seat, checkbox.checked);
        const companion = companionOf(seat);
        if (companion) {
            show(companion, checkbox.checked);
        }

        announce(seat, checkbox.checked);
    }

    // Roving focus: one seat of the plan is in the tab order; arrows move within a row and to the nearest seat of the
    // row above or below.
    function focus(seat) {
        seats.forEach(s => s.setAttribute('tabindex', '-1'));
        seat.setAttribute('tabindex', '0');
        seat.focus();
    }

    function neighbour(seat, key) {
        const row = Array.from(seat.parentElement.querySelectorAll('[data-testid="seat"]'));
        const index = row.indexOf(seat);
        if (key === 'ArrowLeft') {
            return row[index - 1];
        }

        if (key === 'ArrowRight') {
            return row[index + 1];
        }

        const rows = Array.from(form.querySelectorAll('.seat-plan g.row'));
        const next = rows[rows.indexOf(seat.parentElement) + (key === 'ArrowUp' ? -1 : 1)];
        if (!next) {
            return null;
        }

        const x = seat.getBoundingClientRect().left;
        return Array.from(next.querySelectorAll('[data-testid="seat"]'))
            .reduce((best, s) => !best || Math.abs(s.getBoundingClientRect().left - x) < Math.abs(best.getBoundingClientRect().left - x) ? s : best, null);
    }

    plan.addEventListener('click', event => {
        const seat = event.target.closest('[data-testid="seat"]');
        if (seat) {
            focus(seat);
            toggle(seat);
        }
    });

    plan.addEventListener('keydown', event => {
        const seat = event.target.closest('[data-testid="seat"]');
        if (!seat) {
            return;
        }

        if (event.key === 'Enter' || event.key === ' ') {
            event.preventDefault();
            toggle(seat);
        } else if (['ArrowLeft', 'ArrowRight', 'ArrowUp', 'ArrowDown'].includes(event.key)) {
            event.preventDefault();
            const next = neighbour(seat, event.key);
            if (next) {
                focus(next);
            }
        }
    });

    form.addEventListener('change', event => {
        if (event.target.matches('input[name="seat"]')) {
            sync(event.target);
        }
    });

    // Zoom by widening the drawing inside its scrolling box; the confirm bar stays outside, always in view.
    const zoom = form.querySelector('[data-seat-zoom]');
    const baseWidth = plan.querySelector('svg').getBoundingClientRect().width;
    zoom.hidden = false;
    zoom.addEventListener('click', event => {
        const step = Number(event.target.closest('[data-zoom-step]')?.dataset.zoomStep ?? 0);
        const level = Math.min(4, Math.max(1, Number(plan.dataset.zoom) + step));
        const drawing = plan.querySelector('svg');
        plan.dataset.zoom = String(level);
        drawing.style.maxWidth = level === 1 ? '' : 'none';
        drawing.style.width = level === 1 ? '' : `${level * baseWidth}px`;
    });

    const first = seats.find(isChosen) ?? seats.find(isFree);
    if (first) {
        first.setAttribute('tabindex', '0');
    }

    counter.textContent = announcer.dataset.count.replace('{0}', chosenCount());
})();
