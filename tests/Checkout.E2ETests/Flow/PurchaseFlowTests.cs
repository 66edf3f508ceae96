using Checkout.E2ETests.Infrastructure;
using Checkout.E2ETests.Infrastructure.PageObjects;
using Checkout.Sandbox;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace Checkout.E2ETests.Flow;

public sealed class PurchaseFlowTests(BrowserFixture browser, CheckoutAppFixture app) : BrowserTest(browser, app.BaseAddress)
{
    [Fact(Timeout = BrowserFixture.TestTimeoutMs)]
    public async Task Two_tickets_are_bought_and_paid_and_the_status_page_links_the_tickets()
    {
        var flow = new PurchaseDriver(Page);

        await flow.BuyAsync(SandboxDemoIds.MultiPerformanceFirst + 2, 2, Buyer.Unique());

        await Expect(flow.Status.Tickets).ToHaveAttributeAsync("href", new System.Text.RegularExpressions.Regex("/ticket$"));
        await Expect(flow.Status.BackToVenue).ToBeVisibleAsync();
    }

    [Fact(Timeout = BrowserFixture.TestTimeoutMs)]
    public async Task The_status_page_works_in_a_fresh_browser_without_cookies()
    {
        var statusUrl = await new PurchaseDriver(Page).BuyAsync(SandboxDemoIds.MultiPerformanceFirst + 3, 1, Buyer.Unique());
        var key = new Uri(statusUrl).Query.Split("return=")[^1];

        // A new context shares nothing with the buyer's: no visitor cookie, no circuit, no storage.
        await using var fresh = await Context.Browser!.NewContextAsync(new BrowserNewContextOptions { BaseURL = app.BaseAddress.ToString() });
        var page = await fresh.NewPageAsync();
        var status = new OrderStatusPage(page);

        await status.GotoAsync(new Uri(statusUrl).PathAndQuery);
        await Expect(status.Status).ToHaveAttributeAsync("data-payment-status", "paid");
        await status.GotoAsync($"order/{key}");
        await Expect(status.Status).ToHaveAttributeAsync("data-payment-status", "paid");
    }

    [Fact(Timeout = BrowserFixture.TestTimeoutMs)]
    public async Task A_cancelled_payment_is_retried_with_the_same_tickets_in_one_click()
    {
        var flow = new PurchaseDriver(Page);
        var buyer = Buyer.Unique();
        await flow.FillCartAsync(SandboxDemoIds.MultiPerformanceFirst + 4, 2);
        await flow.CheckOutAsync(buyer, SandboxDemoIds.CreditCardWithSurcharge);

        await flow.PayAsync("cancel", "cancelled");
        await flow.Status.WaitForReadyAsync();
        await flow.Status.Retry.ClickAsync();

        await Page.WaitForURLAsync("**/checkout");
        await flow.Checkout.WaitForReadyAsync();
        await Expect(flow.Checkout.Field("email")).ToHaveValueAsync(buyer.Email);
        await flow.Checkout.PlaceOrder.ClickAsync();
        await flow.Payment.WaitAsync();
        await flow.PayAsync("pay", "paid");
    }

    [Fact(Timeout = BrowserFixture.TestTimeoutMs)]
    public async Task The_cart_survives_a_reload_and_a_new_tab_but_is_not_shared_with_another_browser()
    {
        var flow = new PurchaseDriver(Page);
        await flow.FillCartAsync(SandboxDemoIds.MultiPerformanceFirst + 5, 2);

        await Page.ReloadAsync();
        await flow.Cart.WaitForReadyAsync();
        await Expect(flow.Cart.Lines).ToHaveCountAsync(2);

        var newTab = new CartPage(await Context.NewPageAsync());
        await newTab.GotoAsync("cart");
        await newTab.WaitForReadyAsync();
        await Expect(newTab.Lines).ToHaveCountAsync(2);

        await using var otherBrowser = await Context.Browser!.NewContextAsync(new() { BaseURL = app.BaseAddress.ToString() });
        var stranger = new CartPage(await otherBrowser.NewPageAsync());
        await stranger.GotoAsync("cart");
        await stranger.WaitForReadyAsync();
        await Expect(stranger.Page.GetByTestId("cart-empty")).ToBeVisibleAsync();
        await Expect(stranger.Lines).ToHaveCountAsync(0);
    }

    [Fact(Timeout = BrowserFixture.TestTimeoutMs)]
    public async Task Unknown_orders_and_events_get_a_friendly_not_found_page()
    {
        var response = await Page.GotoAsync("order/NoSuch-Order-Key-00000");
        Assert.Equal(404, response!.Status);
        await Expect(new OrderStatusPage(Page).NotFound.Or(Page.GetByTestId("not-found-page"))).ToBeVisibleAsync();

        response = await Page.GotoAsync("event/999999");
        Assert.Equal(404, response!.Status);
        await Expect(Page.GetByTestId("not-found-page")).ToBeVisibleAsync();
    }
}
