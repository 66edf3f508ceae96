// The shop's half of the embed postMessage contract (docs/embedding.md). Runs on every shop page and on the basket
// counter frame embed.js loads, but does nothing unless the page is framed. It posts only to the client's allowed
// venue origins (rendered in <meta name="checkout-embed-origins">), each with an explicit target origin, never "*":
// the browser drops a message whose target does not match the parent, so a page framed by anyone else hears nothing.
(() => {
    'use strict';
    if (window.parent === window) {
        return;
    }

    const meta = document.querySelector('meta[name="checkout-embed-origins"]');
    const origins = meta ? meta.content.split(' ').filter((o) => o.length > 0) : [];
    if (origins.length === 0) {
        return;
    }

    const post = (message) => {
        for (const origin of origins) {
            try {
                window.parent.postMessage(message, origin);
            } catch {
                // A malformed origin never gets here (validated at start-up); nothing else can be done.
            }
        }
    };

    let lastCount = null;
    let completedSent = false;
    const postedEvents = new WeakSet();
    const scan = () => {
        const counter = document.querySelector('[data-checkout-basket-count]');
        if (counter) {
            const count = Number.parseInt(counter.getAttribute('data-checkout-basket-count'), 10);
            if (Number.isInteger(count) && count >= 0 && count !== lastCount) {
                lastCount = count;
                post({ v: 1, type: 'basket-count', count, vdm_basketcounter: count });
            }
        }

        if (!completedSent && document.querySelector('[data-checkout-order-completed]')) {
            completedSent = true;
            post({ v: 1, type: 'order-completed', vdm_basketcounter: 0 });
        }

        // Analytics events for the venue page (checkout_started, add_to_cart, purchase), each posted once. The server
        // renders the whole v1 message; it never holds personal data.
        for (const marker of document.querySelectorAll('[data-checkout-venue-event]')) {
            if (postedEvents.has(marker)) {
                continue;
            }

            postedEvents.add(marker);
            try {
                const message = JSON.parse(marker.getAttribute('data-checkout-venue-event'));
                if (message && message.v === 1 && typeof message.type === 'string') {
                    post(message);
                }
            } catch {
                // Rendered by the shop itself; a marker that does not parse is skipped rather than half posted.
            }
        }
    };

    // Escape inside the frame never reaches the venue page: ask it to close the overlay, unless something in the
    // shop (a menu, a popover) used the key.
    document.addEventListener('keydown', (event) => {
        if (event.key === 'Escape' && !event.defaultPrevented && !document.querySelector('.mud-popover-open')) {
            post({ v: 1, type: 'close', vdm_close: true });
        }
    });

    // Blazor renders and re-renders the markers (enhanced navigation, interactive cart): watch the whole document.
    new MutationObserver(scan).observe(document.documentElement, {
        subtree: true,
        childList: true,
        attributes: true,
        attributeFilter: ['data-checkout-basket-count', 'data-checkout-venue-event'],
    });
    scan();
})();
