using System.Net;
using AngleSharp.Dom;
using Checkout.IntegrationTests.Infrastructure;
using Checkout.Sandbox;
using Checkout.Web.Features.Purchase;
using Checkout.Web.Shell.Clients;
using Checkout.Web.Shell.Visitors;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.Extensions.DependencyInjection;

namespace Checkout.IntegrationTests.Security;

/// <summary>
/// Issue 16, seat hoarding over plain HTTP (the add-to-cart form, as a bot posts it): one address with fresh cookies
/// held 190 of 196 seats of a performance within seconds. Now the seats held at once are capped per visitor
/// (<c>Shop:MaxSeatsPerVisitor</c>, 20) and per address (<c>Shop:MaxSeatsPerAddress</c>, 40; IPv6 per /64), across a
/// client's performances; a refused visitor sees the translated "finish an order first" next to the ticket type and
/// keeps what they hold.
/// </summary>
public sealed class SeatHoardingTests
{
    private const int Hamlet = SandboxDemoIds.MultiPerformanceFirst;
    private const string AddressCapMessage = "Vanaf dit netwerk (bijvoorbeeld een school, kantoor of mobiele provider) worden al veel kaarten tegelijk vastgehouden.";

    // The attack: a bot sheds its cookie before every post, from one IPv4 address.
    [Fact]
    public async Task Fresh_cookie_carts_from_one_address_hold_no_more_than_the_cap()
    {
        using var app = new CheckoutWebFactory();
        var outcomes = new List<string>();
        IDocument? lastRefusal = null;
        for (var i = 0; i < 12; i++)
        {
            using var bot = new ShopBrowser(app);
            var (held, page) = await AddAsync(bot, Hamlet + (i % 3), 4);
            outcomes.Add(held ? "held" : "refused");
            lastRefusal = held ? lastRefusal : page;
        }

        // 40 seats in 10 carts of 4; the 11th and 12th are told to finish an order first.
        Assert.Equal([.. Enumerable.Repeat("held", 10), "refused", "refused"], outcomes);
        Assert.StartsWith(AddressCapMessage, TypeError(lastRefusal!), StringComparison.Ordinal);
        Assert.Equal("seatsperaddressreached", Problem(lastRefusal!));
    }

    [Fact]
    public async Task A_visitor_refused_by_the_address_cap_keeps_what_they_hold()
    {
        using var app = new CheckoutWebFactory { Settings = Caps(perVisitor: 6, perAddress: 8) };
        using var first = new ShopBrowser(app);
        using var second = new ShopBrowser(app);
        Assert.True((await AddAsync(first, Hamlet, 4)).Held);
        Assert.True((await AddAsync(second, Hamlet, 4)).Held);

        var (held, page) = await AddAsync(first, Hamlet + 1, 2);

        Assert.False(held);
        Assert.StartsWith(AddressCapMessage, TypeError(page), StringComparison.Ordinal);
        Assert.Equal("6", await first.MaxPerTypeAsync($"/event/{Hamlet}"));
    }

    // The attack: one visitor spreads a hoard over several performances of the client.
    [Fact]
    public async Task One_visitor_holds_no_more_than_the_cap_across_performances()
    {
        using var app = new CheckoutWebFactory();
        using var visitor = new ShopBrowser(app);

        Assert.True((await AddAsync(visitor, Hamlet, 10)).Held);
        Assert.True((await AddAsync(visitor, Hamlet + 1, 10)).Held);
        var (held, page) = await AddAsync(visitor, Hamlet + 2, 1);

        Assert.False(held);
        Assert.StartsWith("Je houdt al het maximale aantal kaarten tegelijk vast. Rond eerst je bestelling af", TypeError(page), StringComparison.Ordinal);
        Assert.Equal("seatspervisitorreached", Problem(page));
    }

    // The attack: an IPv6 bot takes a fresh address of its /64 for every cart.
    [Fact]
    public async Task IPv6_neighbours_in_one_64_share_the_cap_and_another_64_does_not()
    {
        using var app = new CheckoutWebFactory { Settings = Caps(perVisitor: 4, perAddress: 8, trustLoopbackProxy: true) };
        var outcomes = new List<bool>();
        foreach (var address in new[] { "2001:db8:1:2::a", "2001:db8:1:2::b", "2001:db8:1:2:ffff::c", "2001:db8:1:3::a", "::ffff:203.0.113.9", "203.0.113.9", "203.0.113.9" })
        {
            using var bot = ShopBrowser.Behind(app, address);
            outcomes.Add((await AddAsync(bot, Hamlet, 4)).Held);
        }

        // Two carts fill 2001:db8:1:2::/64, a third neighbour is refused; the next /64 has its own budget. An
        // IPv4-mapped address is the IPv4 address: two carts fill it, a third is refused.
        Assert.Equal([true, true, false, true, true, true, false], outcomes);
    }

    [Fact]
    public async Task Seats_that_became_an_order_leave_the_count()
    {
        using var app = new CheckoutWebFactory { Settings = Caps(perVisitor: 4, perAddress: 4) };
        using var buyer = new ShopBrowser(app);
        using var next = new ShopBrowser(app);
        Assert.True((await AddAsync(buyer, Hamlet, 4)).Held);
        Assert.False((await AddAsync(next, Hamlet, 1)).Held);

        await OrderAsync(app, buyer);

        Assert.True((await AddAsync(next, Hamlet, 4)).Held);
    }

    internal static Dictionary<string, string?> Caps(int perVisitor, int perAddress, bool trustLoopbackProxy = false)
    {
        var settings = new Dictionary<string, string?>
        {
            ["Shop:MaxSeatsPerVisitor"] = perVisitor.ToString(System.Globalization.CultureInfo.InvariantCulture),
            ["Shop:MaxSeatsPerAddress"] = perAddress.ToString(System.Globalization.CultureInfo.InvariantCulture),
        };
        if (trustLoopbackProxy)
        {
            settings["ForwardedHeaders:KnownProxies:0"] = "127.0.0.1";
        }

        return settings;
    }

    /// <summary>Posts the event page's form for <paramref name="quantity"/> of the first ticket type: held (a redirect to the cart) or the page with its message.</summary>
    internal static async Task<(bool Held, IDocument Page)> AddAsync(ShopBrowser visitor, int performance, int quantity)
    {
        var url = $"/event/{performance}";
        var page = await visitor.FormPageAsync(url);
        var (response, body) = await visitor.PostFormAsync(url, page, ShopBrowser.FirstQuantity(quantity.ToString(System.Globalization.CultureInfo.InvariantCulture)));
        Assert.True(response.StatusCode is HttpStatusCode.Redirect or HttpStatusCode.OK, $"{url} answered {response.StatusCode}");
        return (response.StatusCode == HttpStatusCode.Redirect, ShopBrowser.Parse(body));
    }

    private static string? Problem(IDocument page) =>
        page.QuerySelector("[data-testid=ticket-type-error], [data-testid=add-to-cart-error]")?.GetAttribute("data-problem");

    private static string TypeError(IDocument page) =>
        page.QuerySelector("[data-testid=ticket-type-error]")?.TextContent.Trim() ?? page.QuerySelector("[data-testid=add-to-cart-error]")?.TextContent.Trim() ?? "";

    /// <summary>Orders the visitor's cart through the shop's checkout service, as the checkout page's circuit does (from the same address).</summary>
    private static async Task OrderAsync(CheckoutWebFactory app, ShopBrowser visitor)
    {
        var cookie = visitor.Cookies.GetAllCookies().Single(c => c.Name == "checkout.visitor.default");
        var visitorId = app.Services.GetRequiredService<IDataProtectionProvider>().CreateProtector("Checkout.Visitor.v1")
            .Unprotect(Uri.UnescapeDataString(cookie.Value))["default:".Length..];
        await using var scope = app.Services.CreateAsyncScope();
        scope.ServiceProvider.GetRequiredService<CurrentClient>().Set("default");
        scope.ServiceProvider.GetRequiredService<CurrentVisitor>().Set(visitorId);
        scope.ServiceProvider.GetRequiredService<CurrentVisitor>().SetAddress("127.0.0.1");
        var buyer = new Buyer { Email = "koper@example.nl", FirstName = "Kim", LastName = "de Koper" };
        var placed = await scope.ServiceProvider.GetRequiredService<CheckoutService>()
            .PlaceOrderAsync(buyer, SandboxDemoIds.Ideal, new Uri("https://shop.example.nl/order/return"), TestContext.Current.CancellationToken);
        Assert.NotNull(placed.Order);
    }
}
