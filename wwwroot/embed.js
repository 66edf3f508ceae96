/*
 * Checkout embed loader (docs/embedding.md). One tag on a venue page:
 *
 *   <script src="https://tickets.venue.nl/embed.js" data-checkout="https://tickets.venue.nl/" defer></script>
 *
 * Links with data-checkout-event="<performance id>", data-checkout-production="<production id>", data-checkout-cart or
 * data-checkout-my-tickets become buttons that open the shop in an overlay dialog (or a side panel with
 * data-checkout-style="side", on the link or on the script tag). Without this script they stay ordinary links to the
 * shop. data-checkout-shop="fringe/" on a link points it at another client's shop on the same origin.
 *
 * VdM's loader API is here too, so a page written for VdM's vdm_loader.js works by swapping only the script tag:
 * vdm_order(eventId, sessionId), vdm_order('cart', sessionId) and vdm_calendar(). The session id is ignored: the shop
 * keeps the cart under its own protected cookie and never takes a cart id from a page.
 *
 * Basket counters ([data-checkout-basket], and VdM's .vdm_basketcounter / .voordemensen_basketcounter) are right on
 * every page load: a hidden frame of the shop (/embed/counter, on the visitor's partitioned cookie) reports the count,
 * and is asked again after every change in the shop and when it closes. The same frame hands over the analytics events
 * that could not be posted at once (add_to_cart after its redirect, purchase once paid outside the frame).
 *
 * data-checkout-email, data-checkout-first-name, data-checkout-last-name (details to start the checkout form with),
 * data-checkout-campaign and data-checkout-utm-source|medium|term|content (else the page's own utm_* parameters) and
 * data-checkout-identity (a signed identity token) go, on the script tag or a link, to the first address of the frame;
 * the shop checks them and takes them off the address again.
 *
 * Messages are accepted only from the shop's origin: { v: 1, type: "basket-count", count } (also read: VdM's keys
 * vdm_basketcounter and voordemensen_basketcounter), { v: 1, type: "close" } (also vdm_close, close_overlay,
 * vdm_closeoverlay), { v: 1, type: "order-completed" } and the analytics events { v: 1, type: "checkout_started" |
 * "add_to_cart" | "purchase", ... }. The venue page hears them as DOM events on document: "checkout:basket-count",
 * "checkout:order-completed", "checkout:checkout_started", "checkout:add_to_cart", "checkout:purchase" (detail = message).
 */
(() => {
    'use strict';

    const script = document.currentScript || document.querySelector('script[data-checkout]');
    if (!script || window.CheckoutEmbed) {
        return;
    }

    const shop = new URL(script.getAttribute('data-checkout') || './', script.src || window.location.href);
    if (!shop.pathname.endsWith('/')) {
        shop.pathname += '/';
    }

    const texts = {
        nl: { close: 'Sluiten', dialog: 'Kaartverkoop', counter: 'Winkelwagen' },
        en: { close: 'Close', dialog: 'Ticket shop', counter: 'Basket' },
    };
    // The venue page's language (or data-lang on the script tag) chooses the loader's texts and the shop's language;
    // a page in another language gets Dutch loader texts and leaves the shop to its own default.
    const chosenLang = (script.getAttribute('data-lang') || document.documentElement.lang || '').toLowerCase().slice(0, 2);
    const shopLang = chosenLang in texts ? chosenLang : null;
    const t = texts[shopLang || 'nl'];
    const defaultStyle = script.getAttribute('data-checkout-style') === 'side' ? 'side' : 'overlay';
    const counterSelector = '[data-checkout-basket], .vdm_basketcounter, .voordemensen_basketcounter';
    const analyticsTypes = new Set(['checkout_started', 'add_to_cart', 'purchase']);

    /** The shop an element belongs to: the script's, or another client's under a path on the same origin (data-checkout-shop="fringe/"). */
    const shopFor = (element) => {
        const own = element && element.getAttribute('data-checkout-shop');
        if (!own) {
            return shop;
        }

        const url = new URL(own, shop);
        if (url.origin !== shop.origin) {
            return shop;
        }

        if (!url.pathname.endsWith('/')) {
            url.pathname += '/';
        }

        return url;
    };

    /** The shop in the venue page's language (the shop remembers it for the pages that follow). */
    const inLanguage = (url) => {
        if (shopLang) {
            url.searchParams.set('culture', shopLang);
        }

        return url;
    };

    /** A data-* value of the element, else of the script tag. */
    const setting = (element, name) => (element && element.getAttribute(name)) || script.getAttribute(name);

    const pageParameters = new URLSearchParams(window.location.search);
    const campaignParameters = [
        ['utm_source', 'data-checkout-utm-source'],
        ['utm_medium', 'data-checkout-utm-medium'],
        ['utm_campaign', 'data-checkout-campaign'],
        ['utm_term', 'data-checkout-utm-term'],
        ['utm_content', 'data-checkout-utm-content'],
    ];

    /** The frame's first address with what the venue page passes in; the shop checks it and takes it off again. */
    const withVenueContext = (url, element) => {
        const add = (key, value) => {
            if (value) {
                url.searchParams.set(key, value);
            }
        };
        add('checkout_email', setting(element, 'data-checkout-email'));
        add('checkout_first_name', setting(element, 'data-checkout-first-name'));
        add('checkout_last_name', setting(element, 'data-checkout-last-name'));
        add('identity', setting(element, 'data-checkout-identity'));
        for (const [key, attribute] of campaignParameters) {
            add(key, setting(element, attribute) || pageParameters.get(key));
        }

        return url;
    };

    /** The shop address an element opens: event page, filtered programme, My tickets or cart. */
    const urlFor = (element) => {
        const base = shopFor(element);
        const event = element.getAttribute('data-checkout-event');
        const production = element.getAttribute('data-checkout-production');
        if (event && /^\d+$/.test(event)) {
            return inLanguage(new URL(`event/${event}`, base));
        }

        if (production && /^\d+$/.test(production)) {
            const url = new URL(base.href);
            url.searchParams.set('production', production);
            return inLanguage(url);
        }

        return inLanguage(new URL(element.hasAttribute('data-checkout-my-tickets') ? 'my-tickets' : 'cart', base));
    };

    let knownCount = null;

    const setBasket = (count) => {
        knownCount = String(count);
        for (const counter of document.querySelectorAll(counterSelector)) {
            if (counter.textContent !== knownCount) {
                counter.textContent = knownCount;
            }

            counter.setAttribute('data-count', knownCount);
        }
    };

    // Scripts written for VdM's loader (the WordPress plugin's counter asks VdM for its own count) may write into the
    // same elements: once the shop has reported, its count stays.
    const counterGuard = new MutationObserver(() => {
        if (knownCount === null) {
            return;
        }

        for (const counter of document.querySelectorAll(counterSelector)) {
            if (counter.textContent !== knownCount) {
                counter.textContent = knownCount;
            }
        }
    });

    let counterFrame = null;
    // Every counter frame ever loaded: a message of one already replaced still comes from a counter, not from the shop.
    const counterWindows = new WeakSet();

    /** (Re)loads the hidden counter frame: it posts the visitor's count and any analytics events waiting for this page. */
    const refreshCounter = () => {
        if (!document.body) {
            return;
        }

        if (counterFrame) {
            counterFrame.remove();
        }

        const frame = document.createElement('iframe');
        frame.src = new URL('embed/counter', shop).href;
        frame.title = t.counter;
        frame.tabIndex = -1;
        frame.setAttribute('aria-hidden', 'true');
        frame.setAttribute('data-checkout-counter', '');
        frame.style.display = 'none';
        document.body.append(frame);
        counterWindows.add(frame.contentWindow);
        counterFrame = frame;
    };

    let open = null;

    const close = () => {
        if (!open) {
            return;
        }

        const { host, opener, inerted } = open;
        open = null;
        document.removeEventListener('keydown', onKeydown, true);
        host.remove();
        for (const element of inerted) {
            element.inert = false;
        }

        document.documentElement.style.overflow = '';
        if (opener && opener.isConnected) {
            opener.focus();
        }

        refreshCounter();
    };

    const onKeydown = (event) => {
        if (event.key === 'Escape') {
            event.preventDefault();
            close();
        }
    };

    const openShop = (url, style, opener) => {
        close();
        const side = style === 'side';

        const host = document.createElement('div');
        host.setAttribute('data-checkout-embed', style);
        Object.assign(host.style, {
            position: 'fixed', inset: '0', zIndex: '2147483000', background: 'rgba(0, 0, 0, 0.55)',
            display: 'flex', justifyContent: side ? 'flex-end' : 'center', alignItems: side ? 'stretch' : 'center',
        });
        host.addEventListener('click', (event) => {
            if (event.target === host) {
                close();
            }
        });

        const dialog = document.createElement('div');
        dialog.setAttribute('role', 'dialog');
        dialog.setAttribute('aria-modal', 'true');
        dialog.setAttribute('aria-label', t.dialog);
        Object.assign(dialog.style, {
            position: 'relative', display: 'flex', flexDirection: 'column', background: '#fff',
            width: side ? 'min(480px, 100vw)' : 'min(960px, 100vw)',
            height: side ? '100dvh' : 'min(90dvh, 100dvh)', maxHeight: '100dvh',
            boxShadow: '0 8px 32px rgba(0, 0, 0, 0.35)', borderRadius: side ? '0' : '8px', overflow: 'hidden',
        });

        const bar = document.createElement('div');
        Object.assign(bar.style, { display: 'flex', justifyContent: 'flex-end', padding: '4px', background: '#f2f2f2' });
        const button = document.createElement('button');
        button.type = 'button';
        button.textContent = '\u00d7';
        button.setAttribute('aria-label', t.close);
        button.setAttribute('data-checkout-close', '');
        Object.assign(button.style, {
            font: 'inherit', fontSize: '28px', lineHeight: '1', minWidth: '44px', minHeight: '44px',
            border: '0', background: 'transparent', color: '#111', cursor: 'pointer',
        });
        button.addEventListener('click', close);
        bar.append(button);

        const frame = document.createElement('iframe');
        frame.src = url;
        frame.title = t.dialog;
        frame.setAttribute('allow', 'payment');
        Object.assign(frame.style, { flex: '1', width: '100%', border: '0', background: '#fff' });

        dialog.append(bar, frame);
        host.append(dialog);

        // Focus stays in the dialog: everything else on the page is inert until it closes.
        const inerted = [...document.body.children].filter((element) => !element.inert);
        for (const element of inerted) {
            element.inert = true;
        }

        document.body.append(host);
        document.documentElement.style.overflow = 'hidden';
        document.addEventListener('keydown', onKeydown, true);
        open = { host, opener, inerted, frame };
        button.focus();
    };

    /** Opens a shop address with the venue page's details and campaign; element supplies data-* settings. */
    const openUrl = (url, style, opener, element) => {
        openShop(withVenueContext(url, element).href, style === 'side' ? 'side' : 'overlay', opener);
    };

    const enhance = (element) => {
        if (element.hasAttribute('data-checkout-enhanced')) {
            return;
        }

        element.setAttribute('data-checkout-enhanced', '');
        if (element.tagName === 'A' && !element.getAttribute('href')) {
            element.setAttribute('href', urlFor(element).href);
        }

        if (element.tagName !== 'BUTTON') {
            element.setAttribute('role', 'button');
        }

        element.setAttribute('aria-haspopup', 'dialog');
        const style = element.getAttribute('data-checkout-style') || defaultStyle;
        element.addEventListener('click', (event) => {
            // Keep the browser's own ways to open a link in a new tab or window.
            if (event.button !== 0 || event.ctrlKey || event.metaKey || event.shiftKey || event.altKey) {
                return;
            }

            event.preventDefault();
            openUrl(urlFor(element), style, element, element);
        });
        element.addEventListener('keydown', (event) => {
            if (event.key === ' ' && element.tagName !== 'BUTTON') {
                event.preventDefault();
                element.click();
            }
        });
    };

    const announce = (type, detail) => document.dispatchEvent(new CustomEvent(`checkout:${type}`, { detail }));

    const closes = (data) => (data.v === 1 && data.type === 'close') || data.vdm_close || data.close_overlay || data.vdm_closeoverlay;

    window.addEventListener('message', (event) => {
        if (event.origin !== shop.origin || !event.data) {
            return;
        }

        const data = event.data;
        if (typeof data === 'string') {
            // VdM's older builds posted bare names.
            if (data === 'close_overlay' || data === 'vdm_closeoverlay' || data === 'vdm_close') {
                close();
            }

            return;
        }

        if (typeof data !== 'object') {
            return;
        }

        const fromCounter = event.source !== null && counterWindows.has(event.source);
        const count = data.v === 1 && data.type === 'basket-count' ? data.count : (data.vdm_basketcounter ?? data.voordemensen_basketcounter);
        if (Number.isInteger(count) && count >= 0) {
            setBasket(count);
            announce('basket-count', { v: 1, type: 'basket-count', count });
            if (!fromCounter) {
                // The cart changed in the shop: the counter frame collects what is waiting for this page (add_to_cart).
                refreshCounter();
            }
        }

        if (data.v === 1 && analyticsTypes.has(data.type)) {
            announce(data.type, data);
        }

        if (data.v === 1 && data.type === 'order-completed') {
            announce('order-completed', { v: 1, type: 'order-completed' });
            refreshCounter();
        }

        if (closes(data)) {
            close();
        }
    });

    const scan = () => {
        for (const element of document.querySelectorAll('[data-checkout-event], [data-checkout-production], [data-checkout-cart], [data-checkout-my-tickets]')) {
            enhance(element);
        }

        for (const counter of document.querySelectorAll(counterSelector)) {
            if (!counter.hasAttribute('aria-live')) {
                counter.setAttribute('aria-live', 'polite');
            }

            counterGuard.observe(counter, { childList: true, characterData: true, subtree: true });
        }

        if (knownCount !== null) {
            setBasket(knownCount);
        }
    };

    // What a call from the page's own script (a VdM-style onclick) returns focus to: the focused element, else the
    // button just pressed (Safari does not focus buttons on click).
    let lastPressed = null;
    document.addEventListener('click', (event) => {
        lastPressed = event.target instanceof Element ? event.target.closest('button, a, [role="button"], input') : null;
    }, true);
    const opener = () => {
        const active = document.activeElement;
        return active && active !== document.body ? active : lastPressed && lastPressed.isConnected ? lastPressed : active;
    };

    const openPath = (path, style) => {
        const url = new URL(path || '', shop);
        if (url.origin === shop.origin) {
            openUrl(inLanguage(url), style || defaultStyle, opener(), null);
        }
    };

    window.CheckoutEmbed = { open: openPath, close, scan, refresh: refreshCounter };

    /**
     * VdM's loader API: eventId is a VdM main event (production) or sub event (performance) id, or 'cart'. The shop
     * tells the two kinds of id apart (/embed/event/{id}). The session id is the venue's own id for VdM's cart: ignored.
     */
    window.vdm_order = (eventId, _sessionId) => {
        const id = String(eventId ?? '').trim();
        openPath(id === 'cart' ? 'cart' : /^\d+$/.test(id) ? `embed/event/${id}` : '', defaultStyle);
    };
    window.vdm_calendar = () => openPath('', defaultStyle);

    const start = () => {
        scan();
        refreshCounter();
    };

    if (document.readyState === 'loading') {
        document.addEventListener('DOMContentLoaded', start);
    } else {
        start();
    }
})();
