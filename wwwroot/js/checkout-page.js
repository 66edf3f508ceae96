// Progressive enhancement of the statically rendered cart and checkout pages; both work without it. Loaded on every
// page (one small cached module) because Blazor's enhanced navigation does not run scripts a new page brings.
import { navigateTop } from './checkout.js';
import { startHoldTimers } from './hold-timer.js';

function enhance() {
    startHoldTimers();
    continueToPayment();
    continueInBrowser();
}

// A posted form shows progress and takes no second click; the server still treats a second post as the same
// attempt. The submitter is disabled only after the browser read its name and value. Delegated from the document
// (and the state kept off the DOM): Blazor's enhanced navigation reuses elements for the next page, and a listener
// added per form would be added twice to a reused one.
const posting = new WeakSet();

function onSubmit(event) {
    const form = event.target;
    if (!(form instanceof HTMLFormElement) || form.method !== 'post' || event.defaultPrevented) {
        return;
    }

    if (posting.has(form)) {
        event.preventDefault();
        return;
    }

    posting.add(form);
    const button = event.submitter;
    if (button && button.dataset.busyText) {
        setTimeout(() => {
            button.disabled = true;
            button.setAttribute('aria-busy', 'true');
            const label = button.querySelector('.mud-button-label') ?? button;
            label.textContent = button.dataset.busyText;
        });
    }
}

// Each payment method carries the totals it makes; choosing one updates the summary (the page renders the first).
function onChange(event) {
    const radio = event.target;
    if (!(radio instanceof HTMLInputElement) || radio.type !== 'radio' || !radio.closest('[data-testid=payment-method]')) {
        return;
    }

    for (const label of document.querySelectorAll('[data-testid=payment-method]')) {
        label.classList.toggle('selected', label.contains(radio));
    }

    const texts = [['[data-testid=checkout-surcharge]', radio.dataset.cost], ['[data-surcharge-label]', radio.dataset.costLabel],
        ['[data-testid=checkout-total]', radio.dataset.total]];
    for (const [selector, text] of texts) {
        const element = document.querySelector(selector);
        if (element && text) {
            element.textContent = text;
        }
    }
}

// The checkout's customer step and extend button join its form (one post carries the typed details), so without
// JavaScript Enter in any field presses the form's first button, a neutral "keep". Here Enter in a field presses the
// button of the part it is in instead: send the code, confirm it, or place the order.
function onKeyDown(event) {
    const field = event.target;
    if (event.key !== 'Enter' || !(field instanceof HTMLInputElement) || !field.form || field.type === 'checkbox') {
        return;
    }

    const part = field.closest('[data-enter-presses]');
    const button = part && document.querySelector(`[data-testid="${part.dataset.enterPresses}"]`);
    if (!button) {
        return;
    }

    event.preventDefault();
    if (!button.disabled && button.form === field.form) {
        field.form.requestSubmit(button);
    }
}

// The order is placed: the whole window goes to the payment page (providers refuse frames). The link stays on screen;
// when the browser blocks every way, it is shown as the way on.
function continueToPayment() {
    const payment = document.querySelector('[data-payment-continue]:not([data-started])');
    if (!payment) {
        return;
    }

    payment.dataset.started = 'true';
    const go = () => {
        if (!navigateTop(payment.dataset.paymentContinue)) {
            document.querySelector('[data-payment-blocked]').hidden = false;
        }
    };
    go();
    // Blazor's script starts on this page too and replaces the history entry; in Chromium that can cancel a
    // navigation still waiting for the provider's answer (seen in the end-to-end tests). Still here after a while:
    // go once more. Loading the payment page twice is harmless. Only for this window's own
    // navigation: from a frame the top window goes, or a new window was opened, and a second one must not be.
    if (window.top !== window.self) {
        return;
    }

    let leaving = false;
    window.addEventListener('pagehide', () => { leaving = true; }, { once: true });
    setTimeout(() => {
        if (!leaving) {
            go();
        }
    }, 2500);
}

// The in-app browser's handoff link: the whole window goes there; the link stays as the way on.
function continueInBrowser() {
    const handoff = document.querySelector('[data-navigate-top]:not([data-started])');
    if (handoff) {
        handoff.dataset.started = 'true';
        navigateTop(handoff.dataset.navigateTop);
    }
}

document.addEventListener('submit', onSubmit);
document.addEventListener('change', onChange);
document.addEventListener('keydown', onKeyDown);
enhance();
// Back from the payment page (bfcache): a page that was posting shows the server's state again.
window.addEventListener('pageshow', (event) => {
    if (event.persisted && document.querySelector('[aria-busy=true]')) {
        window.location.reload();
    }
});
if (window.Blazor) {
    window.Blazor.addEventListener('enhancedload', enhance);
}
