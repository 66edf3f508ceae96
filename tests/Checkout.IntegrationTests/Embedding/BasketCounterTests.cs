using System.Net;
using System.Text.Json;
using Checkout.IntegrationTests.Infrastructure;
using Checkout.IntegrationTests.Security;
using Checkout.Sandbox;

namespace Checkout.IntegrationTests.Embedding;

/// <summary>
/// /embed/counter, the hidden frame embed.js loads on every venue page: the visitor's basket count from their cookie
/// alone, never a new cookie, and (framed) the analytics events waiting for the venue page, each handed over once.
/// </summary>
public sealed class BasketCounterTests(CheckoutWebFactory factory) : IClassFixture<CheckoutWebFactory>
{
    [Fact]
    public async Task A_visitor_without_a_cookie_counts_zero_and_gets_none()
    {
        using var shopper = new VenueShopper(factory);

        var (response, page) = await shopper.CounterAsync();

        Assert.Equal(0, VenueShopper.CountOf(page));
        Assert.Empty(VenueShopper.EventsOf(page));
        Assert.False(response.Headers.Contains("Set-Cookie"));
        Assert.Equal("no-store", response.Headers.CacheControl!.ToString());
        Assert.Contains("frame-ancestors http://localhost:5000 http://localhost:8080", response.Headers.GetValues("Content-Security-Policy").Single(), StringComparison.Ordinal);
        Assert.Equal("http://localhost:5000 http://localhost:8080", page.QuerySelector("meta[name=checkout-embed-origins]")!.GetAttribute("content"));
        Assert.Equal("/js/embed-bridge.js", page.QuerySelector("script")!.GetAttribute("src"));
        Assert.Equal("Winkelwagen", page.Title);
    }

    [Fact]
    public async Task A_client_under_a_prefix_has_its_own_counter_which_no_venue_may_frame()
    {
        using var shopper = new VenueShopper(factory);

        var (response, page) = await shopper.CounterAsync(path: "/fringe/embed/counter");

        Assert.Contains("frame-ancestors 'none'", response.Headers.GetValues("Content-Security-Policy").Single(), StringComparison.Ordinal);
        Assert.Null(page.QuerySelector("meta[name=checkout-embed-origins]"));
        Assert.Equal("/fringe/js/embed-bridge.js", page.QuerySelector("script")!.GetAttribute("src"));
    }

    [Fact]
    public async Task The_frames_add_to_cart_is_counted_and_its_event_handed_over_once_without_personal_data()
    {
        using var shopper = new VenueShopper(factory);
        var eventPage = await shopper.AddAsync(2, framed: true);

        var (_, first) = await shopper.CounterAsync();
        var (_, second) = await shopper.CounterAsync();

        Assert.Equal(2, VenueShopper.CountOf(first));
        var message = Assert.Single(VenueShopper.EventsOf(first));
        using var json = JsonDocument.Parse(message);
        var root = json.RootElement;
        Assert.Equal(1, root.GetProperty("v").GetInt32());
        Assert.Equal("add_to_cart", root.GetProperty("type").GetString());
        Assert.Equal("EUR", root.GetProperty("currency").GetString());
        var item = Assert.Single(root.GetProperty("items").EnumerateArray());
        Assert.Equal(SandboxDemoIds.MultiPerformanceFirst, item.GetProperty("performance").GetInt32());
        Assert.Equal(ShopBrowser.DiscountIds(eventPage)[0], item.GetProperty("ticket_type").GetString());
        Assert.Equal(2, item.GetProperty("quantity").GetInt32());
        Assert.Equal(2 * item.GetProperty("price").GetDecimal(), root.GetProperty("value").GetDecimal());
        Assert.Contains("Hamlet", item.GetProperty("performance_name").GetString(), StringComparison.Ordinal);
        Assert.DoesNotContain(shopper.VisitorId, message, StringComparison.Ordinal);

        Assert.Equal(2, VenueShopper.CountOf(second));
        Assert.Empty(VenueShopper.EventsOf(second));
    }

    [Fact]
    public async Task Only_a_framed_counter_hands_events_over_and_only_a_framed_add_records_one()
    {
        using var shopper = new VenueShopper(factory);
        await shopper.AddAsync(1, framed: false);
        Assert.Empty(VenueShopper.EventsOf((await shopper.CounterAsync()).Page));

        await shopper.AddAsync(1, framed: true);
        var (_, topLevel) = await shopper.CounterAsync(framed: false);
        var (_, framed) = await shopper.CounterAsync();

        Assert.Equal(2, VenueShopper.CountOf(topLevel));
        Assert.Empty(VenueShopper.EventsOf(topLevel));
        Assert.Single(VenueShopper.EventsOf(framed));
    }

    [Fact]
    public async Task A_forged_or_foreign_cookie_counts_nothing()
    {
        using var shopper = new VenueShopper(factory);
        await shopper.AddAsync(1, framed: false);
        var cookie = shopper.Browser.Cookies.GetCookies(shopper.Browser.Http.BaseAddress!)["checkout.visitor.default"]!.Value;
        using var stranger = new VenueShopper(factory);

        foreach (var value in new[] { "forged", cookie[..^4] + "AAAA" })
        {
            using var request = new HttpRequestMessage(HttpMethod.Get, "/embed/counter");
            request.Headers.Add("Sec-Fetch-Dest", "iframe");
            request.Headers.Add("Cookie", $"checkout.visitor.default={value}");
            var (response, body) = await stranger.Browser.SendAsync(request);

            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            Assert.Equal(0, VenueShopper.CountOf(ShopBrowser.Parse(body)));
        }

        // The fringe client's counter does not read the default client's cookie either.
        using var fringe = new HttpRequestMessage(HttpMethod.Get, "/fringe/embed/counter");
        fringe.Headers.Add("Cookie", $"checkout.visitor.fringe={cookie}");
        Assert.Equal(0, VenueShopper.CountOf(ShopBrowser.Parse((await stranger.Browser.SendAsync(fringe)).Body)));
    }
}
