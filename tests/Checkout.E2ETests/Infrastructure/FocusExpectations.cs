using Microsoft.Playwright;

namespace Checkout.E2ETests.Infrastructure;

/// <summary>
/// Keyboard focus as a visitor experiences it: the element is its document's active element. Playwright's
/// ToBeFocused also wants the page window to hold OS focus, which a busy headless browser may not report for a
/// page that is not in front ("inactive"), so that check fails on load rather than on the behaviour under test.
/// </summary>
public static class FocusExpectations
{
    public static async Task ExpectFocusedAsync(ILocator locator)
    {
        var element = await locator.ElementHandleAsync();
        await locator.Page.WaitForFunctionAsync(
            "element => element.isConnected && element === element.ownerDocument.activeElement",
            element,
            new PageWaitForFunctionOptions { Timeout = BrowserFixture.ExpectTimeoutMs });
    }
}
