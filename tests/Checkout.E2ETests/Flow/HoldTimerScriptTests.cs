using Checkout.E2ETests.Infrastructure;
using Checkout.E2ETests.Infrastructure.PageObjects;
using Checkout.Sandbox;
using static Microsoft.Playwright.Assertions;

namespace Checkout.E2ETests.Flow;

/// <summary>
/// js/hold-timer.js on the static cart page, on the browser's controlled clock: the countdown, the extend form in the
/// last five minutes, the screen-reader announcements at 2:00 and 0:20 only, and the end.
/// </summary>
public sealed class HoldTimerScriptTests(BrowserFixture browser, CheckoutAppFixture app) : BrowserTest(browser, app.BaseAddress)
{
    [Fact(Timeout = BrowserFixture.TestTimeoutMs)]
    public async Task Counts_down_offers_to_extend_and_announces_only_at_two_minutes_and_twenty_seconds()
    {
        var flow = new PurchaseDriver(Page);
        await flow.FillCartAsync(SandboxDemoIds.MultiPerformanceFirst + 7, 1);
        await Page.Clock.InstallAsync();
        await Page.ReloadAsync();
        await flow.Cart.WaitForReadyAsync();
        var announcement = Page.GetByTestId("cart-timer-announcement");
        var renew = Page.Locator("form[data-hold-renew]");
        await Expect(renew).ToBeHiddenAsync();

        await Page.Clock.FastForwardAsync("10:30");
        await Expect(flow.Cart.Timer).ToHaveTextAsync(new System.Text.RegularExpressions.Regex(@"^4:[0-5]\d$"));
        await Expect(renew).ToBeVisibleAsync();
        await Expect(announcement).ToBeEmptyAsync();

        await Page.Clock.FastForwardAsync("02:31");
        await Expect(announcement).ToHaveTextAsync("2 minutes left, then your tickets are released. Use the Extend time button to get more time.");
        await Expect(Page.GetByTestId("cart-timer-warning")).ToBeVisibleAsync();

        await Page.Clock.FastForwardAsync("01:41");
        await Expect(announcement).ToHaveTextAsync("20 seconds left, then your tickets are released. Use the Extend time button to get more time.");
        await Expect(Page.GetByTestId("cart-timer")).ToHaveTextAsync(new System.Text.RegularExpressions.Regex(@"^0:[0-2]\d$"));
    }
}
