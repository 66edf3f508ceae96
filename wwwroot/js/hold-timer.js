// The ticket hold's countdown on the statically rendered cart and checkout pages (Features/Cart/HoldTimer.razor).
// The server renders the state at request time; this counts down from the time left then, shows the warning and the
// extend form as thresholds pass, and tells screen readers at 2:00 and 0:20 only (aria-live), never every second.

const warnBelow = 120;
const renewBelow = 300;

/** Starts every hold timer in the document that is not counting yet. */
export function startHoldTimers() {
    for (const timer of document.querySelectorAll('[data-hold-timer]')) {
        if (!timer.dataset.started) {
            timer.dataset.started = 'true';
            start(timer, String(++started));
        }
    }
}

let started = 0;

function start(timer, run) {
    // Counted from the page's own clock: a visitor's wrong system time must not shorten or lengthen the hold.
    const end = Date.now() + Math.max(0, Number(timer.dataset.remainingMs));
    const mayRenew = timer.dataset.mayRenew === 'true';
    timer.dataset.run = run;
    // Blazor's enhanced navigation reuses elements for the next page: a timer whose element left the page, or now
    // belongs to another page's timer, stops, and its elements are looked up afresh on every tick.
    const current = () => timer.isConnected && timer.dataset.run === run;
    const part = (selector) => timer.querySelector(selector);
    // Largest first: should one tick pass both (a sleeping laptop), only the nearer end is said.
    const announcements = [[120, timer.dataset.textTwo], [20, timer.dataset.textTwenty]];
    const secondsLeft = () => Math.max(0, Math.ceil((end - Date.now()) / 1000));
    let before = secondsLeft();

    const show = (left) => {
        const [clock, note, icon, renew, noRenewals] = ['[role=timer]', '[data-testid=cart-timer-warning]', '[data-hold-icon]',
            '[data-hold-renew]', '[data-hold-no-renewals]'].map(part);
        clock.textContent = `${Math.floor(left / 60)}:${String(left % 60).padStart(2, '0')}`;
        const warning = left < warnBelow;
        timer.classList.toggle('hold-timer-warning', warning);
        icon.hidden = !warning;
        note.hidden = !warning;
        const canRenew = mayRenew && left < renewBelow && left > 0;
        note.textContent = left === 0 ? timer.dataset.textEnded : canRenew ? timer.dataset.textWarningExtend : timer.dataset.textWarning;
        if (renew) {
            renew.hidden = !canRenew;
        }

        if (noRenewals) {
            noRenewals.hidden = !(left < renewBelow && left > 0);
        }
    };

    const tick = () => {
        if (!current()) {
            return;
        }

        const live = document.querySelector('[data-hold-announcement]');
        const left = secondsLeft();
        const crossed = announcements.filter(([at]) => before > at && left <= at).pop();
        if (crossed && live) {
            live.textContent = crossed[1];
        }

        before = left;
        show(left);
        if (left === 0) {
            ended();
            return;
        }

        // On the hold's whole seconds, so the clock never shows the same second twice.
        setTimeout(tick, ((end - Date.now()) % 1000) || 1000);
    };

    show(before);
    if (before > 0) {
        setTimeout(tick, ((end - Date.now()) % 1000) || 1000);
    }
}

// The server learns from VdM what is still held and shows the expired selection with its re-reserve button. A form
// that keeps what was typed (the checkout's details) is posted for it; otherwise the page is requested again.
function ended() {
    const keeping = document.querySelector('form[data-keep-on-expiry]');
    setTimeout(() => {
        if (keeping) {
            const action = document.createElement('input');
            action.type = 'hidden';
            action.name = keeping.dataset.keepOnExpiry;
            action.value = 'keep';
            keeping.append(action);
            keeping.submit();
        } else {
            window.location.assign(window.location.href.split('#')[0]);
        }
    }, 1500);
}
