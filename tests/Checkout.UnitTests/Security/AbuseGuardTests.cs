using Checkout.Tests.Shared.Fakes;
using Checkout.UnitTests.Shop;
using Checkout.Web.Features.Cart;
using Checkout.Web.Features.Purchase;
using Checkout.Web.Shell.Security;
using Checkout.Web.Shell.Visitors;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;

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

    private static AbuseGuard Guard(AbuseLimits limits) => new(new MemorySharedCounters(TimeProvider.System), Options.Create(limits));

    [Fact]
    public async Task A_visitor_is_limited_per_window_and_other_visitors_are_not()
    {
        var guard = Guard(new AbuseLimits { CartCreatesPerVisitor = 2, CartCreatesPerAddress = 100 });

        Assert.True(await guard.TryCreateCartAsync(new ShopVisitor("demo", "v1", "10.0.0.1"), Ct));
        Assert.True(await guard.TryCreateCartAsync(new ShopVisitor("demo", "v1", "10.0.0.1"), Ct));
        Assert.False(await guard.TryCreateCartAsync(new ShopVisitor("demo", "v1", "10.0.0.1"), Ct));
        Assert.True(await guard.TryCreateCartAsync(new ShopVisitor("demo", "v2", "10.0.0.1"), Ct));
        Assert.True(await guard.TryCreateCartAsync(new ShopVisitor("fringe", "v1", "10.0.0.1"), Ct));
    }

    [Fact]
    public async Task Shedding_the_cookie_does_not_escape_the_limit_per_address()
    {
        var guard = Guard(new AbuseLimits { OrdersPerVisitor = 5, OrdersPerAddress = 3 });

        var granted = 0;
        for (var i = 0; i < 10; i++)
        {
            granted += await guard.TryPlaceOrderAsync(new ShopVisitor("demo", $"fresh-{i}", "10.0.0.9"), Ct) ? 1 : 0;
        }

        Assert.Equal(3, granted);
        Assert.True(await guard.TryPlaceOrderAsync(new ShopVisitor("demo", "other", "10.0.0.10"), Ct));
    }

    // The attack: an IPv6 visitor takes a new address of their /64 for every request (privacy extensions do it anyway).
    [Fact]
    public async Task IPv6_neighbours_in_one_64_share_the_budget_per_address()
    {
        var guard = Guard(new AbuseLimits { OrdersPerVisitor = 5, OrdersPerAddress = 3 });

        var granted = 0;
        for (var i = 1; i <= 10; i++)
        {
            granted += await guard.TryPlaceOrderAsync(new ShopVisitor("demo", $"fresh-{i}", $"2001:db8:1:2::{i:x}"), Ct) ? 1 : 0;
        }

        Assert.Equal(3, granted);
        Assert.True(await guard.TryPlaceOrderAsync(new ShopVisitor("demo", "next-door", "2001:db8:1:3::1"), Ct));
    }

    [Fact]
    public async Task A_window_ends_and_says_when()
    {
        var clock = new FakeTimeProvider();
        var guard = new AbuseGuard(new MemorySharedCounters(clock), Options.Create(new AbuseLimits { StatusLookupsPerAddress = 1, WindowSeconds = 60 }));

        Assert.True((await guard.TryStatusLookupAsync("10.0.0.1", Ct)).Allowed);
        clock.Advance(TimeSpan.FromSeconds(20));
        var refused = await guard.TryStatusLookupAsync("10.0.0.1", Ct);
        clock.Advance(TimeSpan.FromSeconds(40));

        Assert.False(refused.Allowed);
        Assert.Equal(TimeSpan.FromSeconds(40), refused.RetryAfter);
        Assert.True((await guard.TryStatusLookupAsync("10.0.0.1", Ct)).Allowed);
    }

    [Fact]
    public async Task Too_many_new_carts_get_the_rate_limit_problem_without_reaching_VdM()
    {
        using var shop = new ShopHarness(s => s["Security:RateLimits:CartCreatesPerAddress"] = "2");
        var problems = new List<CartProblem>();
        for (var i = 0; i < 3; i++)
        {
            using var visitor = shop.For($"visitor-{i}");
            problems.Add((await visitor.Cart.AddAsync(DemoCatalog.Performance, DemoCatalog.PerOrder, [new TicketRequest(DemoCatalog.Standard, 1)], Ct)).Problem);
        }

        Assert.Equal([CartProblem.None, CartProblem.None, CartProblem.TooManyRequests], problems);
        Assert.Equal(2, shop.Vdm.Public.Calls.Count(c => c == "CreateCart"));
    }

    [Fact]
    public async Task Too_many_orders_keep_the_cart_and_details_and_do_not_reach_VdM()
    {
        using var shop = new ShopHarness(s => s["Security:RateLimits:OrdersPerVisitor"] = "1");
        using var visitor = shop.For("visitor-1");

        await visitor.Cart.AddAsync(DemoCatalog.Performance, DemoCatalog.PerOrder, [new TicketRequest(DemoCatalog.Standard, 1)], Ct);
        Assert.Equal(OrderProblem.None, (await visitor.Checkout.PlaceOrderAsync(Buyer, 33, ReturnUrl, Ct)).Problem);
        await visitor.Cart.AddAsync(DemoCatalog.Performance, DemoCatalog.PerOrder, [new TicketRequest(DemoCatalog.Standard, 1)], Ct);
        var limited = await visitor.Checkout.PlaceOrderAsync(Buyer, 33, ReturnUrl, Ct);

        Assert.Equal(OrderProblem.TooManyRequests, limited.Problem);
        Assert.Single(shop.Vdm.Public.OrderRequests);
        Assert.False((await visitor.Cart.GetAsync(Ct)).IsEmpty);
        Assert.Equal(Buyer, await visitor.Checkout.GetSavedBuyerAsync(Ct));
    }
}
