using System.Net;
using Checkout.IntegrationTests.Infrastructure;
using Checkout.IntegrationTests.Security;
using Checkout.Sandbox;

namespace Checkout.IntegrationTests.ScaleOut;

/// <summary>
/// Two app instances behind one Redis and one VdM (the second uses the first one's sandbox as its VdM): a visitor who
/// lands on the other instance keeps the visitor cookie and the cart session, and the cached pages are shared.
/// </summary>
public sealed class TwoInstanceTests(RedisServer redis) : IClassFixture<RedisServer>, IDisposable
{
    private static readonly string Event = $"event/{SandboxDemoIds.MultiPerformanceFirst + 1}";

    private readonly List<CheckoutWebFactory> instances = [];

    [Fact]
    public async Task A_cart_started_on_one_instance_is_seen_and_extended_on_the_other()
    {
        var first = Start(new Dictionary<string, string?> { ["Redis:Configuration"] = redis.Configuration });
        var firstAddress = first.CreateClient().BaseAddress!;
        var second = Start(new Dictionary<string, string?>
        {
            ["Redis:Configuration"] = redis.Configuration,
            ["VoordeMensen:BaseUrl"] = new Uri(firstAddress, "sandbox/").ToString(),
        });
        var secondAddress = second.CreateClient().BaseAddress!;
        using var browser = new ShopBrowser(first);

        var onFirst = await browser.PageAsync(new Uri(firstAddress, Event).ToString());
        var (added, _) = await browser.PostFormAsync(new Uri(firstAddress, Event).ToString(), onFirst, ShopBrowser.FirstQuantity("2"));
        Assert.Equal(HttpStatusCode.Redirect, added.StatusCode);

        // The second instance decrypts the first one's cookie and finds the same cart session: 2 of 10 already held,
        // so its answer to 9 more says 8 at most (the event page itself is the same cached page for everyone).
        var onSecond = await browser.PageAsync(new Uri(secondAddress, Event).ToString());
        var (over, overBody) = await browser.PostFormAsync(new Uri(secondAddress, Event).ToString(), onSecond, ShopBrowser.FirstQuantity("9"));
        Assert.Equal(HttpStatusCode.OK, over.StatusCode);
        Assert.All(ShopBrowser.Parse(overBody).QuerySelectorAll("[data-testid=ticket-qty]"), q => Assert.Equal("8", q.GetAttribute("max")));

        // A form rendered by one instance is accepted by the other.
        var (more, _) = await browser.PostFormAsync(new Uri(secondAddress, Event).ToString(), onFirst, ShopBrowser.FirstQuantity("1"));
        Assert.Equal(HttpStatusCode.Redirect, more.StatusCode);
        var (back, backBody) = await browser.PostFormAsync(new Uri(firstAddress, Event).ToString(), onFirst, ShopBrowser.FirstQuantity("8"));
        Assert.Equal(HttpStatusCode.OK, back.StatusCode);
        Assert.All(ShopBrowser.Parse(backBody).QuerySelectorAll("[data-testid=ticket-qty]"), q => Assert.Equal("7", q.GetAttribute("max")));

        // The static cart page reads the cart on either instance.
        var cart = await browser.PageAsync(new Uri(secondAddress, "cart").ToString());
        Assert.Equal(3, cart.QuerySelectorAll("[data-testid=cart-line]").Length);
    }

    [Fact]
    public async Task A_page_cached_by_one_instance_is_served_by_the_other_from_redis()
    {
        var first = Start(new Dictionary<string, string?> { ["Redis:Configuration"] = redis.Configuration, ["PageCache:Duration"] = "00:01:00" });
        var second = Start(new Dictionary<string, string?> { ["Redis:Configuration"] = redis.Configuration, ["PageCache:Duration"] = "00:01:00" });
        var path = $"/{Event}";

        // Behind one balancer both instances see the same host name, so both compute the same cache key.
        using var rendered = await GetAsync(first, path);
        using var shared = await GetAsync(second, path);

        Assert.Equal(HttpStatusCode.OK, shared.StatusCode);
        Assert.True(shared.Headers.Age is not null, "The second instance rendered the page itself instead of serving the first one's copy.");
        Assert.Equal(await rendered.Content.ReadAsStringAsync(Ct), await shared.Content.ReadAsStringAsync(Ct));
    }

    [Fact]
    public async Task Without_redis_instances_keep_their_own_keys()
    {
        var first = Start(new Dictionary<string, string?>());
        var firstAddress = first.CreateClient().BaseAddress!;
        var second = Start(new Dictionary<string, string?> { ["VoordeMensen:BaseUrl"] = new Uri(firstAddress, "sandbox/").ToString() });
        var secondAddress = second.CreateClient().BaseAddress!;
        using var browser = new ShopBrowser(first);

        var onFirst = await browser.PageAsync(new Uri(firstAddress, Event).ToString());
        await browser.PostFormAsync(new Uri(firstAddress, Event).ToString(), onFirst, ShopBrowser.FirstQuantity("2"));

        // The second instance cannot read the first one's cookie: to it this is a new visitor with an empty cart.
        var onSecond = await browser.PageAsync(new Uri(secondAddress, Event).ToString());
        var (posted, _) = await browser.PostFormAsync(new Uri(secondAddress, Event).ToString(), onSecond, ShopBrowser.FirstQuantity("9"));
        Assert.Equal(HttpStatusCode.Redirect, posted.StatusCode);
    }

    public void Dispose()
    {
        foreach (var instance in instances)
        {
            instance.Dispose();
        }
    }

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private static async Task<HttpResponseMessage> GetAsync(CheckoutWebFactory instance, string path)
    {
        using var probe = instance.CreateClient();
        using var client = new HttpClient(new SocketsHttpHandler { UseCookies = false }) { BaseAddress = probe.BaseAddress };
        using var request = new HttpRequestMessage(HttpMethod.Get, path);
        request.Headers.Host = "localhost";
        return await client.SendAsync(request, Ct);
    }

    private CheckoutWebFactory Start(IReadOnlyDictionary<string, string?> settings)
    {
        var instance = new CheckoutWebFactory { Settings = settings };
        instances.Add(instance);
        return instance;
    }
}
