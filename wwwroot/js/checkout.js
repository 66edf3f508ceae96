// Checkout page helpers, imported by checkout-page.js.

/**
 * Sends the whole window to the payment page: payment providers (iDEAL, 3-D Secure) refuse to run inside a frame.
 * Returns false when the browser blocked every way, so the page shows its link prominently instead.
 * @param {string} url the payment provider's address
 * @returns {boolean} whether a navigation or a new window was started
 */
export function navigateTop(url) {
    if (window.top === window.self) {
        window.location.assign(url);
        return true;
    }

    try {
        // Cross-origin, only the href setter of the top window's location is allowed (assign() is not).
        window.top.location.href = url;
        return true;
    } catch {
        // A sandboxed or cross-origin frame without user activation may not navigate the top window.
        return openInNewWindow(url);
    }
}

function openInNewWindow(url) {
    // Not the 'noopener' feature: with it window.open always returns null, and a blocked pop-up could not be told
    // apart. Cutting the opener right away gives the payment page the same isolation.
    const opened = window.open(url, '_blank');
    if (opened === null) {
        return false;
    }

    opened.opener = null;
    return true;
}
