/*
 * Checkout embed loader (docs/embedding.md). One tag on a venue page:
 *
 *   <script src="https://tickets.venue.nl/embed.js" data-checkout="https://tickets.venue.nl/" defer></script>
 *
 * Links with data-checkout-event="<performance id>", data-checkout-production="<production id>" or
 * data-checkout-cart become buttons that open the shop in an overlay dialog (or a side panel with
 * data-checkout-style="side", on the link or on the script tag). Without this script they stay ordinary links to the
 * shop. data-checkout-shop="fringe/" on a link points it at another client's shop on the same origin. Elements with data-checkout-basket show the basket count the shop reports by postMessage.
 *
 * Messages are accepted only from the shop's origin: { v: 1, type: "basket-count", count } (also read: the VdM key
 * vdm_basketcounter), { v: 1, type: "close" } (also vdm_close) and { v: 1, type: "order-completed" }. The venue page
 * hears them as DOM events on document: "checkout:basket-count" and "checkout:order-completed" (detail = message).
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
        nl: { close: 'Sluiten', dialog: 'Kaartverkoop' },
        en: { close: 'Close', dialog: 'Ticket shop' },
    };
    // The venue page's language (or data-lang on the script tag) chooses the loader's texts and the shop's language;
    // a page in another language gets Dutch loader texts and leaves the shop to its own default.
    const chosenLang = (script.getAttribute('data-lang') || document.documentElement.lang || '').toLowerCase().slice(0, 2);
    const shopLang = chosenLang in texts ? chosenLang : null;
    const t = texts[shopLang || 'nl'];
    const defaultStyle = script.getAttribute('data-checkout-style') === 'side' ? 'side' : 'overlay';

    /** The shop an element belongs to: the script's, or another client's under a path on the same origin (data-checkout-shop="fringe/"). */
    const shopFor = (element) => {
        const own = element.getAttribute('data-checkout-shop');
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

    /** The shop address an element opens: event page, filtered programme or cart. */
    const urlFor = (element) => {
        const base = shopFor(element);
        const event = element.getAttribute('data-checkout-event');
        const production = element.getAttribute('data-checkout-production');
        if (event && /^\d+$/.test(event)) {
            return inLanguage(new URL(`event/${event}`, base)).href;
        }

        if (production && /^\d+$/.test(production)) {
            const url = new URL(base.href);
            url.searchParams.set('production', production);
            return inLanguage(url).href;
        }

        return inLanguage(new URL('cart', base)).href;
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

    const enhance = (element) => {
        if (element.hasAttribute('data-checkout-enhanced')) {
            return;
        }

        element.setAttribute('data-checkout-enhanced', '');
        const url = urlFor(element);
        if (element.tagName === 'A' && !element.getAttribute('href')) {
            element.setAttribute('href', url);
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
            openShop(url, style === 'side' ? 'side' : 'overlay', element);
        });
        element.addEventListener('keydown', (event) => {
            if (event.key === ' ' && element.tagName !== 'BUTTON') {
                event.preventDefault();
                element.click();
            }
        });
    };

    const setBasket = (count) => {
        for (const counter of document.querySelectorAll('[data-checkout-basket]')) {
            counter.textContent = String(count);
            counter.setAttribute('data-count', String(count));
        }
    };

    window.addEventListener('message', (event) => {
        if (event.origin !== shop.origin || !event.data || typeof event.data !== 'object') {
            return;
        }

        const data = event.data;
        const count = data.v === 1 && data.type === 'basket-count' ? data.count : data.vdm_basketcounter;
        if (Number.isInteger(count) && count >= 0) {
            setBasket(count);
            document.dispatchEvent(new CustomEvent('checkout:basket-count', { detail: { v: 1, type: 'basket-count', count } }));
        }

        if (data.v === 1 && data.type === 'order-completed') {
            document.dispatchEvent(new CustomEvent('checkout:order-completed', { detail: { v: 1, type: 'order-completed' } }));
        }

        if ((data.v === 1 && data.type === 'close') || data.vdm_close) {
            close();
        }
    });

    const scan = () => {
        for (const element of document.querySelectorAll('[data-checkout-event], [data-checkout-production], [data-checkout-cart]')) {
            enhance(element);
        }

        for (const counter of document.querySelectorAll('[data-checkout-basket]')) {
            if (!counter.hasAttribute('aria-live')) {
                counter.setAttribute('aria-live', 'polite');
            }
        }
    };

    const openPath = (path, style) => {
        const url = new URL(path || '', shop);
        if (url.origin === shop.origin) {
            openShop(inLanguage(url).href, style === 'side' ? 'side' : defaultStyle, document.activeElement);
        }
    };

    window.CheckoutEmbed = { open: openPath, close, scan };
    if (document.readyState === 'loading') {
        document.addEventListener('DOMContentLoaded', scan);
    } else {
        scan();
    }
})();
