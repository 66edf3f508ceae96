// Progressive enhancement of the statically rendered cart and checkout pages; both work without it. Loaded on every
// page (one small cached module) because Blazor's enhanced navigation does not run scripts a new page brings.
import { navigateTop } from './checkout.js';
import { startHoldTimers } from './hold-timer.js';

function enhance() {
    startHoldTimers();
    showBusyWhilePosting();
    followPaymentTotal();
    continueToPayment();
}

// A posted form shows progress and takes no second click; the server still treats a second post as the same
// attempt. The submitter is disabled only after the browser read its name and value.
function showBusyWhilePosting() {
    for (const form of document.querySelectorAll('form[method=post]:not([data-busy-ready])')) {
        form.dataset.busyReady = 'true';
        form.addEventListener('submit', (event) => {
            if (form.dataset.posting) {
                event.preventDefault();
                return;
            }

            form.dataset.posting = 'true';
            const button = event.submitter;
            if (button && button.dataset.busyText) {
                setTimeout(() => {
                    button.disabled = true;
                    button.setAttribute('aria-busy', 'true');
                    const label = button.querySelector('.mud-button-label') ?? button;
                    label.textContent = button.dataset.busyText;
                });
            }
        });
    }
}

// Each payment method carries the totals it makes; choosing one updates the summary (the page renders the first).
function followPaymentTotal() {
    const surcharge = document.querySelector('[data-testid=checkout-surcharge]');
    const surchargeLabel = document.querySelector('[data-surcharge-label]');
    const total = document.querySelector('[data-testid=checkout-total]');
    for (const radio of document.querySelectorAll('[data-testid=payment-method] input[type=radio]')) {
        radio.addEventListener('change', () => {
            for (const label of document.querySelectorAll('[data-testid=payment-method]')) {
                label.classList.toggle('selected', label.contains(radio));
            }

            if (surcharge) {
                surcharge.textContent = radio.dataset.cost;
            }

            if (surchargeLabel) {
                surchargeLabel.textContent = radio.dataset.costLabel;
            }

            if (total) {
                total.textContent = radio.dataset.total;
            }
        });
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
    if (!navigateTop(payment.dataset.paymentContinue)) {
        document.querySelector('[data-payment-blocked]').hidden = false;
    }
}

enhance();
// Back from the payment page (bfcache): a page that was posting shows the server's state again.
window.addEventListener('pageshow', (event) => {
    if (event.persisted && document.querySelector('form[data-posting]')) {
        window.location.reload();
    }
});
if (window.Blazor) {
    window.Blazor.addEventListener('enhancedload', enhance);
}
