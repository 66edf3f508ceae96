using System.Net;
using Checkout.IntegrationTests.Infrastructure;
using Checkout.IntegrationTests.Security;
using Checkout.Sandbox;
using Microsoft.Extensions.DependencyInjection;

namespace Checkout.IntegrationTests.Orders;

/// <summary>
/// The purchase against a VdM that does only what it documents (<c>Sandbox:DocsOnly</c>): Peppered does not know the
/// public cart (configured hold, no donation offer), refusals are bare, unpaid orders are never cancelled by the clock.
/// The shop still sells, and an order left unpaid past the window offers the one-click retry.
/// </summary>
public sealed class DocsOnlyPurchaseTests
{
    private static readonly Dictionary<string, string?> DocsOnly = new() { ["Sandbox:DocsOnly"] = "true" };

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Programme_cart_checkout_order_and_payment_end_paid()
    {
        using var app = new CheckoutWebFactory { Settings = DocsOnly };
        using var browser = new ShopBrowser(app);
        var buyer = new ShopBuyer(app, browser);

        var before = DateTimeOffset.UtcNow;
        await buyer.FillCartAsync(SandboxDemoIds.MultiPerformanceFirst + 4, 2);
        var cart = await buyer.CartAsync();
        Assert.Equal(2, cart.Cart.Lines.Count);
        // Peppered answers 404 for the public cart: the configured 15 minutes, and no donation offer.
        Assert.False(cart.DonationsOffered);
        Assert.InRange(cart.Hold.ExpiresAt!.Value, before.AddMinutes(15), DateTimeOffset.UtcNow.AddMinutes(15));

        var (key, paymentUrl) = await buyer.PlaceOrderAsync();
        var pending = await browser.GetAsync($"/order/{key}");
        Assert.Contains("data-payment-status=\"pending\"", pending.Body, StringComparison.Ordinal);
        using (var paid = await browser.Http.PostAsync($"{paymentUrl}/pay", null, Ct))
        {
            Assert.Equal(HttpStatusCode.SeeOther, paid.StatusCode);
        }

        var status = await browser.GetAsync($"/order/return?return={key}");
        Assert.Equal(HttpStatusCode.OK, status.Response.StatusCode);
        Assert.Contains("data-outcome=\"paid\"", status.Body, StringComparison.Ordinal);
        Assert.Equal("Bedankt voor je bestelling!", HtmlAssert.H1(status.Body));
    }

    [Fact]
    public async Task An_order_still_unpaid_after_the_window_offers_the_retry_instead_of_waiting()
    {
        var clock = new ShiftedClock();
        using var app = new CheckoutWebFactory { Settings = DocsOnly, ExtraServices = s => s.AddSingleton<TimeProvider>(clock) };
        using var browser = new ShopBrowser(app);
        var buyer = new ShopBuyer(app, browser);
        await buyer.FillCartAsync(SandboxDemoIds.MultiPerformanceFirst + 5, 1);
        var (key, _) = await buyer.PlaceOrderAsync();

        clock.Advance(TimeSpan.FromMinutes(20));
        var status = await browser.GetAsync($"/order/{key}");

        Assert.Contains("data-payment-status=\"pending\"", status.Body, StringComparison.Ordinal);
        Assert.Contains("data-order-state=\"res\"", status.Body, StringComparison.Ordinal);
        Assert.Contains("data-outcome=\"unpaid\"", status.Body, StringComparison.Ordinal);
        Assert.Equal("Je betaling is niet op tijd afgerond", HtmlAssert.H1(status.Body));
        Assert.Contains("data-testid=\"retry-order\"", status.Body, StringComparison.Ordinal);
    }
}
