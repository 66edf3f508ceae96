using System.Net;
using Checkout.IntegrationTests.Infrastructure;
using Checkout.IntegrationTests.Security;
using Checkout.Sandbox;
using Checkout.Web.Features.Cart;
using Checkout.Web.Features.Purchase;
using Checkout.Web.Shell.Clients;
using Checkout.Web.Shell.Visitors;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.Extensions.DependencyInjection;

namespace Checkout.IntegrationTests.Orders;

/// <summary>
/// A buyer of the default client through the shop itself: the programme, event and cart pages over HTTP (a browser
/// without JavaScript), and the checkout's order placement through the same <see cref="CheckoutService"/> the
/// checkout page's form post calls, for the same visitor (read from the visitor cookie); <c>Purchase/StaticCheckoutTests</c>
/// posts the form itself.
/// </summary>
internal sealed class ShopBuyer(CheckoutWebFactory app, ShopBrowser browser)
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    /// <summary>Programme → event → add to cart (the form post) → cart page (static: it reads the cart from VdM).</summary>
    public async Task FillCartAsync(int performance, int quantity)
    {
        var programme = await browser.GetAsync("/");
        Assert.Contains($"event/{performance}", programme.Body, StringComparison.Ordinal);
        var page = await browser.FormPageAsync($"/event/{performance}");
        var (added, _) = await browser.PostFormAsync($"/event/{performance}", page, ShopBrowser.FirstQuantity(quantity.ToString(System.Globalization.CultureInfo.InvariantCulture)));
        Assert.Equal(HttpStatusCode.Redirect, added.StatusCode);
        var (cart, _) = await browser.GetAsync("/cart");
        Assert.Equal(HttpStatusCode.OK, cart.StatusCode);
    }

    private const int SandboxMaxPerOrder = 10;

    /// <summary>
    /// What the event page's form does for this visitor: tickets of one type, for a performance that allows the
    /// sandbox's usual 10 per order.
    /// </summary>
    public async Task<CartChange> AddAsync(int performance, string discountId, int quantity)
    {
        await browser.GetAsync("/cart"); // the visitor cookie: the cached programme and event pages issue none
        using var scope = VisitorScope();
        return await scope.ServiceProvider.GetRequiredService<CartService>().AddAsync(performance, SandboxMaxPerOrder, [new TicketRequest(discountId, quantity)], Ct);
    }

    /// <summary>The cart as the shop holds it for this visitor.</summary>
    public async Task<CartView> CartAsync()
    {
        using var scope = VisitorScope();
        return await scope.ServiceProvider.GetRequiredService<CartService>().GetAsync(Ct);
    }

    /// <summary>What the checkout page's "place order" does for this visitor: the order key and payment URL.</summary>
    public async Task<(string Key, Uri PaymentUrl)> PlaceOrderAsync()
    {
        var (checkout, _) = await browser.GetAsync("/checkout");
        Assert.Equal(HttpStatusCode.OK, checkout.StatusCode);
        using var scope = VisitorScope();
        var buyer = new Buyer { FirstName = "Kim", LastName = "de Koper", Email = "kim@example.nl" };
        var placed = await scope.ServiceProvider.GetRequiredService<CheckoutService>()
            .PlaceOrderAsync(buyer, SandboxDemoIds.Ideal, new Uri(browser.Http.BaseAddress!, "order/return"), Ct);
        Assert.Null(placed.Message);
        return (placed.Order!.OrderKey, placed.Order.PaymentUrl);
    }

    /// <summary>The shop's services as a request of this visitor sees them.</summary>
    public IServiceScope VisitorScope()
    {
        var scope = app.Services.CreateScope();
        scope.ServiceProvider.GetRequiredService<CurrentClient>().Set(ClientKeys.Default);
        scope.ServiceProvider.GetRequiredService<CurrentVisitor>().Set(VisitorId());
        return scope;
    }

    /// <summary>The visitor id behind the browser's visitor cookie, as the shop's middleware reads it.</summary>
    private string VisitorId()
    {
        var cookie = browser.Cookies.GetCookies(browser.Http.BaseAddress!)[VisitorMiddleware.CookieName(ClientKeys.Default)]!;
        var protector = app.Services.GetRequiredService<IDataProtectionProvider>().CreateProtector("Checkout.Visitor.v1");
        return protector.Unprotect(Uri.UnescapeDataString(cookie.Value)).Split(':', 2)[1];
    }
}
