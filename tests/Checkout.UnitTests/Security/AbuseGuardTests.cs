using Checkout.Tests.Shared.Fakes;
using Checkout.UnitTests.Shop;
using Checkout.Web.Features.Cart;
using Checkout.Web.Features.Purchase;
using Checkout.Web.Shell.Security;
using Checkout.Web.Shell.Visitors;
using Microsoft.Extensions.Options;

namespace Checkout.UnitTests.Security;

/// <summary>The service-layer rate limits: circuit events are not HTTP requests, so the shop services count them.</summary>
public sealed class AbuseGuardTests
{
    private static readonly Uri ReturnUrl = new("https://shop.example.nl/order/return");

    private static readonly Buyer Buyer = new()
    {
        Email = "jane@example.nl", FirstName = "Jane", LastName = "Doe", Phone = "0612345678", Zip = "1234 AB",
    };

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public void A_visitor_is_limited_per_window_and_other_visitors_are_not()
    {
        using var guard = new AbuseGuard(Options.Create(new AbuseLimits { CartCreatesPerVisitor = 2, CartCreatesPerAddress = 100 }));

        Assert.True(guard.TryCreateCart(new ShopVisitor("demo", "v1", "10.0.0.1")));
        Assert.True(guard.TryCreateCart(new ShopVisitor("demo", "v1", "10.0.0.1")));
        Assert.False(guard.TryCreateCart(new ShopVisitor("demo", "v1", "10.0.0.1")));
        Assert.True(guard.TryCreateCart(new ShopVisitor("demo", "v2", "10.0.0.1")));
        Assert.True(guard.TryCreateCart(new ShopVisitor("fringe", "v1", "10.0.0.1")));
    }

    [Fact]
    public void Shedding_the_cookie_does_not_escape_the_limit_per_address()
    {
        using var guard = new AbuseGuard(Options.Create(new AbuseLimits { OrdersPerVisitor = 5, OrdersPerAddress = 3 }));

        var granted = Enumerable.Range(0, 10).Count(i => guard.TryPlaceOrder(new ShopVisitor("demo", $"fresh-{i}", "10.0.0.9")));

        Assert.Equal(3, granted);
        Assert.True(guard.TryPlaceOrder(new ShopVisitor("demo", "other", "10.0.0.10")));
    }

    [Fact]
    public async Task Too_many_new_carts_get_the_rate_limit_problem_without_reaching_VdM()
    {
        using var shop = new ShopHarness(s => s["Security:RateLimits:CartCreatesPerAddress"] = "2");
        var problems = new List<CartProblem>();
        for (var i = 0; i < 3; i++)
        {
            using var visitor = shop.For($"visitor-{i}");
            problems.Add((await visitor.Cart.AddAsync(DemoCatalog.Performance, [new TicketRequest(DemoCatalog.Standard, 1)], Ct)).Problem);
        }

        Assert.Equal([CartProblem.None, CartProblem.None, CartProblem.TooManyRequests], problems);
        Assert.Equal(2, shop.Vdm.Public.Calls.Count(c => c == "CreateCart"));
    }

    [Fact]
    public async Task Too_many_orders_keep_the_cart_and_details_and_do_not_reach_VdM()
    {
        using var shop = new ShopHarness(s => s["Security:RateLimits:OrdersPerVisitor"] = "1");
        using var visitor = shop.For("visitor-1");

        await visitor.Cart.AddAsync(DemoCatalog.Performance, [new TicketRequest(DemoCatalog.Standard, 1)], Ct);
        Assert.Equal(OrderProblem.None, (await visitor.Checkout.PlaceOrderAsync(Buyer, 33, ReturnUrl, Ct)).Problem);
        await visitor.Cart.AddAsync(DemoCatalog.Performance, [new TicketRequest(DemoCatalog.Standard, 1)], Ct);
        var limited = await visitor.Checkout.PlaceOrderAsync(Buyer, 33, ReturnUrl, Ct);

        Assert.Equal(OrderProblem.TooManyRequests, limited.Problem);
        Assert.Single(shop.Vdm.Public.OrderRequests);
        Assert.False((await visitor.Cart.GetAsync(Ct)).IsEmpty);
        Assert.Equal(Buyer, await visitor.Checkout.GetSavedBuyerAsync(Ct));
    }
}
