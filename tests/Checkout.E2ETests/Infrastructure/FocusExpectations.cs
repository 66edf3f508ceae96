using Microsoft.Playwright;

namespace Checkout.E2ETests.Infrastructure;

/// <summary>
/// Keyboard focus as a visitor experiences it: the element is (or contains) its document's active element.
/// Playwright's ToBeFocused also wants the page window to hold OS focus, which a busy headless browser may not report
/// for a page that is not in front ("inactive"), so that check fails on load rather than on the behaviour under test.
/// </summary>
public static class FocusExpectations
{
    public static Task ExpectFocusedAsync(ILocator locator) =>
        WaitAsync(locator, "element => element.isConnected && element === element.ownerDocument.activeElement");

    /// <summary>
    /// Focus is inside the element: on it, on a descendant, or inside a frame it contains (a frame that holds focus is
    /// its document's active element).
    /// </summary>
    public static Task ExpectFocusWithinAsync(ILocator locator) =>
        WaitAsync(locator, "element => element.isConnected && element.contains(element.ownerDocument.activeElement)");

    private static async Task WaitAsync(ILocator locator, string predicate)
    {
        var element = await locator.ElementHandleAsync();
        await locator.Page.WaitForFunctionAsync(predicate, element, new PageWaitForFunctionOptions { Timeout = BrowserFixture.ExpectTimeoutMs });
    }
}
