using Checkout.E2ETests.Infrastructure;
using Checkout.E2ETests.Infrastructure.PageObjects;
using Checkout.Sandbox;
using static Microsoft.Playwright.Assertions;

namespace Checkout.E2ETests.Flow;

/// <summary>
/// js/hold-timer.js on the static cart page, on the browser's controlled clock: the countdown, the extend form in the
/// last five minutes, the screen-reader announcements at 2:00 and 0:20 only, and the end; on the checkout, extending
/// keeps the details typed but not yet sent.
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

    [Fact(Timeout = BrowserFixture.TestTimeoutMs)]
    public async Task Extending_on_the_checkout_keeps_the_details_typed_so_far_and_checks_none()
    {
        var flow = new PurchaseDriver(Page);
        await flow.FillCartAsync(SandboxDemoIds.MultiPerformanceFirst + 6, 1);
        await Page.Clock.InstallAsync();
        await flow.Cart.GoCheckout.ClickAsync();
        await Page.WaitForURLAsync("**/checkout");
        await flow.Checkout.WaitForReadyAsync();
        var buyer = Buyer.Unique() with { LastName = "" };
        await flow.Checkout.FillBuyerAsync(buyer);
        await Page.GetByTestId("avg-optin").CheckAsync();

        await Page.Clock.FastForwardAsync("10:30");
        var extend = Page.GetByTestId("cart-renew");
        await Expect(extend).ToBeVisibleAsync();
        await Page.RunAndWaitForResponseAsync(() => extend.ClickAsync(), r => r.Request.Method == "POST" && r.Url.EndsWith("/checkout", StringComparison.Ordinal));
        await flow.Checkout.WaitForReadyAsync();

        await Expect(flow.Cart.Timer).ToHaveTextAsync(new System.Text.RegularExpressions.Regex(@"^1[45]:[0-5]\d$"));
        foreach (var (testId, value) in buyer.Fields)
        {
            await Expect(flow.Checkout.Field(testId)).ToHaveValueAsync(value);
        }

        await Expect(Page.GetByTestId("avg-optin")).ToBeCheckedAsync();
        await Expect(Page.GetByTestId("buyer-errors")).ToHaveCountAsync(0);
        await Expect(Page.Locator(".buyer-error")).ToHaveCountAsync(0);
    }
}
