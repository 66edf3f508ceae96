using System.Net;
using Checkout.IntegrationTests.Infrastructure;
using Checkout.IntegrationTests.Orders;
using Checkout.IntegrationTests.Security;
using Checkout.Sandbox;
using Microsoft.Extensions.DependencyInjection;

namespace Checkout.IntegrationTests.Purchase;

/// <summary>
/// A post from a copy of the cart or checkout page that is older than the cart: the cart was emptied in another window
/// since, so the form the post names is no longer on the page. The visitor gets the page as it is now with a message,
/// never a 400.
/// </summary>
public sealed class StalePageTests
{
    private static async Task EmptyTheCartElsewhereAsync(ShopBrowser browser)
    {
        // The other window: the same cookies, removing every ticket from a fresh copy of the cart page.
        while ((await browser.PageAsync("/cart")).QuerySelector("[data-testid=cart-line-remove]") is { } remove)
        {
            var page = await browser.PageAsync("/cart");
            var fields = CheckoutForm.FieldsOfForm(page, "cart-change");
            fields.Set("Change.Remove", remove.GetAttribute("value")!);
            var (removed, _) = await browser.PostAsync("/cart", fields);
            Assert.Equal(HttpStatusCode.OK, removed.StatusCode);
        }
    }

    private static async Task<AngleSharp.Dom.IDocument> FollowAsync(ShopBrowser browser, HttpResponseMessage response, string page)
    {
        Assert.Equal(HttpStatusCode.SeeOther, response.StatusCode);
        var location = response.Headers.Location!.OriginalString;
        Assert.StartsWith($"/{page}?", location, StringComparison.Ordinal);
        return await browser.PageAsync(location);
    }

    [Theory]
    [InlineData("remove")]
    [InlineData("donation")]
    public async Task A_cart_change_from_a_page_older_than_the_cart_shows_the_cart_as_it_is_now(string change)
    {
        using var app = new CheckoutWebFactory();
        using var browser = new ShopBrowser(app);
        await new ShopBuyer(app, browser).FillCartAsync(SandboxDemoIds.MultiPerformanceFirst + 4, 2);
        var firstWindow = await browser.PageAsync("/cart");
        var fields = CheckoutForm.FieldsOfForm(firstWindow, "cart-change");
        fields.Set(change == "remove" ? "Change.Remove" : "Change.Donation",
            change == "remove" ? firstWindow.QuerySelector("[data-testid=cart-line-remove]")!.GetAttribute("value")! : "5");
        await EmptyTheCartElsewhereAsync(browser);

        var (response, _) = await browser.PostAsync("/cart", fields);

        var shown = await FollowAsync(browser, response, "cart");
        Assert.Contains("ander venster", shown.QuerySelector("[data-testid=changed-elsewhere]")!.TextContent, StringComparison.Ordinal);
        Assert.NotNull(shown.QuerySelector("[data-testid=cart-empty]"));
        Assert.Empty(shown.QuerySelectorAll("[data-testid=cart-line]"));
    }

    [Fact]
    public async Task Removing_a_ticket_another_window_already_removed_keeps_the_rest_and_says_the_cart_changed()
    {
        using var app = new CheckoutWebFactory();
        using var browser = new ShopBrowser(app);
        await new ShopBuyer(app, browser).FillCartAsync(SandboxDemoIds.MultiPerformanceFirst + 5, 2);
        var firstWindow = await browser.PageAsync("/cart");
        var fields = CheckoutForm.FieldsOfForm(firstWindow, "cart-change");
        fields.Set("Change.Remove", firstWindow.QuerySelector("[data-testid=cart-line-remove]")!.GetAttribute("value")!);
        var (removedElsewhere, _) = await browser.PostAsync("/cart", fields);
        Assert.Equal(HttpStatusCode.OK, removedElsewhere.StatusCode);

        var (response, body) = await browser.PostAsync("/cart", fields);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var shown = ShopBrowser.Parse(body);
        Assert.Single(shown.QuerySelectorAll("[data-testid=cart-line]"));
        Assert.Contains("ander venster", shown.QuerySelector("[data-testid=changed-elsewhere]")!.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Placing_the_order_from_a_checkout_page_older_than_the_cart_says_the_cart_changed_and_orders_nothing()
    {
        using var app = new CheckoutWebFactory();
        using var browser = new ShopBrowser(app);
        await new ShopBuyer(app, browser).FillCartAsync(SandboxDemoIds.MultiPerformanceFirst + 6, 1);
        var checkout = await browser.PageAsync("/checkout");
        var fields = CheckoutForm.PlaceOrderFields(checkout);
        await EmptyTheCartElsewhereAsync(browser);

        var (response, _) = await browser.PostAsync("/checkout", fields);

        var shown = await FollowAsync(browser, response, "checkout");
        Assert.Contains("ander venster", shown.QuerySelector("[data-testid=changed-elsewhere]")!.TextContent, StringComparison.Ordinal);
        Assert.NotNull(shown.QuerySelector("[data-testid=checkout-empty]"));
        Assert.Empty(shown.QuerySelectorAll("[data-testid=payment-link]"));
        Assert.Empty(shown.QuerySelectorAll("[data-testid=place-order]"));
    }

    [Fact]
    public async Task Placing_the_order_after_the_hold_ran_out_says_so_and_orders_nothing()
    {
        var clock = new ShiftedClock();
        using var app = new CheckoutWebFactory { ExtraServices = s => s.AddSingleton<TimeProvider>(clock) };
        using var browser = new ShopBrowser(app);
        await new ShopBuyer(app, browser).FillCartAsync(SandboxDemoIds.MultiPerformanceFirst + 7, 1);
        var checkout = await browser.PageAsync("/checkout");
        var fields = CheckoutForm.PlaceOrderFields(checkout);
        clock.Advance(TimeSpan.FromMinutes(16));

        var (response, body) = await browser.PostAsync("/checkout", fields);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var shown = ShopBrowser.Parse(body);
        Assert.NotNull(shown.QuerySelector("[data-testid=checkout-expired]"));
        Assert.Empty(shown.QuerySelectorAll("[data-testid=payment-link]"));
    }
}
