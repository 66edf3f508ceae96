// The in-app browser notice of the checkout page (docs/embedding.md, "In-app browsers").
export { navigateTop } from './checkout.js';

/** The browser's User-Agent: the server matches it against the apps whose built-in browsers break payments. */
export function userAgent() {
    return navigator.userAgent;
}
