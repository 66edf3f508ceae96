using Checkout.Tests.Shared.Fakes;
using Checkout.Web.Features.Cart;
using Checkout.Web.Features.Purchase;

namespace Checkout.UnitTests.Shop;

public sealed class CheckoutServiceTests : IDisposable
{
    private static readonly Uri ReturnUrl = new("https://shop.example.nl/order/return");

    private static readonly Buyer Buyer = new()
    {
        Email = "jane@example.nl", FirstName = "Jane", LastName = "Doe", Phone = "0612345678", Zip = "1234 AB",
        ContactOptIn = true,
    };

    private readonly ShopHarness shop = new();
    private readonly ShopHarness.Visitor visitor;

    public CheckoutServiceTests() => visitor = shop.For("visitor-1");

    private CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Placing_an_order_sends_the_session_cart_once_and_remembers_the_attempt()
    {
        await visitor.Cart.AddAsync(DemoCatalog.Performance, DemoCatalog.PerOrder, [new TicketRequest(DemoCatalog.Standard, 2)], Ct);

        var result = await visitor.Checkout.PlaceOrderAsync(Buyer, 34, ReturnUrl, Ct);

        Assert.Equal(OrderProblem.None, result.Problem);
        var request = Assert.Single(shop.Vdm.Public.OrderRequests);
        Assert.Equal("cart-1", request.CartId);
        Assert.Equal(34, request.PaymentMethodId);
        Assert.Equal(ReturnUrl, request.RedirectUrl);
        Assert.Equal(Buyer.ToOrderDetails(), request.Buyer);
        Assert.Equal(new Uri($"https://pay.example.test/pay/{result.Order!.OrderKey}"), result.Order.PaymentUrl);
        Assert.True(await visitor.Orders.CanRetryAsync(result.Order.OrderKey, Ct));
        Assert.True((await visitor.Cart.GetAsync(Ct)).IsEmpty);
    }

    [Fact]
    public async Task Concurrent_clicks_and_tabs_create_exactly_one_order()
    {
        await visitor.Cart.AddAsync(DemoCatalog.Performance, DemoCatalog.PerOrder, [new TicketRequest(DemoCatalog.Standard, 2)], Ct);
        using var secondTab = shop.For("visitor-1");

        var results = await Task.WhenAll(
            visitor.Checkout.PlaceOrderAsync(Buyer, 33, ReturnUrl, Ct),
            secondTab.Checkout.PlaceOrderAsync(Buyer, 33, ReturnUrl, Ct),
            visitor.Checkout.PlaceOrderAsync(Buyer, 33, ReturnUrl, Ct));

        Assert.Single(shop.Vdm.Public.OrderRequests);
        Assert.All(results, r => Assert.Equal(results[0].Order, r.Order));
        Assert.Equal(2, results.Count(r => r.Reused));
    }

    [Fact]
    public async Task A_new_selection_after_an_order_is_a_new_order()
    {
        await visitor.Cart.AddAsync(DemoCatalog.Performance, DemoCatalog.PerOrder, [new TicketRequest(DemoCatalog.Standard, 1)], Ct);
        var first = await visitor.Checkout.PlaceOrderAsync(Buyer, 33, ReturnUrl, Ct);
        await visitor.Cart.AddAsync(DemoCatalog.Performance, DemoCatalog.PerOrder, [new TicketRequest(DemoCatalog.Cjp, 1)], Ct);

        var second = await visitor.Checkout.PlaceOrderAsync(Buyer, 33, ReturnUrl, Ct);

        Assert.False(second.Reused);
        Assert.NotEqual(first.Order!.OrderKey, second.Order!.OrderKey);
        Assert.Equal(["cart-1", "cart-2"], shop.Vdm.Public.OrderRequests.Select(r => r.CartId));
    }

    [Fact]
    public async Task A_failed_order_keeps_the_cart_and_the_typed_details()
    {
        await visitor.Cart.AddAsync(DemoCatalog.Performance, DemoCatalog.PerOrder, [new TicketRequest(DemoCatalog.Standard, 2)], Ct);
        shop.Vdm.Public.Fail("CreateOrder", () => FakeVdmPublic.Error(422, "The email must be a valid email address."), once: true);

        var failed = await visitor.Checkout.PlaceOrderAsync(Buyer, 33, ReturnUrl, Ct);

        Assert.Equal(OrderProblem.Rejected, failed.Problem);
        Assert.Equal("The email must be a valid email address.", failed.Message);
        Assert.Equal(2, (await visitor.Cart.GetAsync(Ct)).Cart.Lines.Count);
        Assert.Equal(Buyer, await visitor.Checkout.GetSavedBuyerAsync(Ct));

        var retried = await visitor.Checkout.PlaceOrderAsync(Buyer, 33, ReturnUrl, Ct);
        Assert.Equal(OrderProblem.None, retried.Problem);
    }

    [Fact]
    public async Task A_timeout_is_reported_as_unavailable_and_never_repeated_automatically()
    {
        await visitor.Cart.AddAsync(DemoCatalog.Performance, DemoCatalog.PerOrder, [new TicketRequest(DemoCatalog.Standard, 1)], Ct);
        shop.Vdm.Public.Fail("CreateOrder", FakeVdmPublic.Timeout);

        var result = await visitor.Checkout.PlaceOrderAsync(Buyer, 33, ReturnUrl, Ct);

        Assert.Equal(OrderProblem.Unavailable, result.Problem);
        Assert.Single(shop.Vdm.Calls, c => c == "CreateOrder");
    }

    [Fact]
    public async Task An_empty_cart_is_not_ordered()
    {
        var result = await visitor.Checkout.PlaceOrderAsync(Buyer, 33, ReturnUrl, Ct);

        Assert.Equal(OrderProblem.CartChanged, result.Problem);
        Assert.Empty(shop.Vdm.Public.OrderRequests);
    }

    [Fact]
    public async Task Payment_methods_are_cached_per_client()
    {
        using var other = shop.For("visitor-2");

        var first = (await visitor.Checkout.GetPaymentMethodsAsync(Ct)).Value;
        var second = (await other.Checkout.GetPaymentMethodsAsync(Ct)).Value;

        Assert.Equal(first, second);
        Assert.Single(shop.Vdm.Calls, c => c == "GetPaymentMethods");
    }

    public void Dispose()
    {
        visitor.Dispose();
        shop.Dispose();
    }
}
