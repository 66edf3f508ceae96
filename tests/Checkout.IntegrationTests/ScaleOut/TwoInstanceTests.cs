using System.Net;
using Checkout.IntegrationTests.Infrastructure;
using Checkout.IntegrationTests.Security;
using Checkout.Sandbox;

namespace Checkout.IntegrationTests.ScaleOut;

/// <summary>
/// Two app instances behind one Redis and one VdM (the second uses the first one's sandbox as its VdM): a visitor who
/// lands on the other instance keeps the visitor cookie, the cart session and a valid antiforgery token.
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

        // The second instance decrypts the first one's cookie and finds the same cart session: 2 of 10 already held.
        var onSecond = await browser.PageAsync(new Uri(secondAddress, Event).ToString());
        Assert.All(onSecond.QuerySelectorAll("[data-testid=ticket-qty]"), q => Assert.Equal("8", q.GetAttribute("max")));

        // A form rendered by one instance is accepted by the other (shared antiforgery keys).
        var (more, _) = await browser.PostFormAsync(new Uri(secondAddress, Event).ToString(), onFirst, ShopBrowser.FirstQuantity("1"));
        Assert.Equal(HttpStatusCode.Redirect, more.StatusCode);
        var back = await browser.PageAsync(new Uri(firstAddress, Event).ToString());
        Assert.All(back.QuerySelectorAll("[data-testid=ticket-qty]"), q => Assert.Equal("7", q.GetAttribute("max")));

        // The static cart page reads the cart on either instance.
        var cart = await browser.PageAsync(new Uri(secondAddress, "cart").ToString());
        Assert.Equal(3, cart.QuerySelectorAll("[data-testid=cart-line]").Length);
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

        var onSecond = await browser.PageAsync(new Uri(secondAddress, Event).ToString());
        Assert.All(onSecond.QuerySelectorAll("[data-testid=ticket-qty]"), q => Assert.Equal("10", q.GetAttribute("max")));
    }

    public void Dispose()
    {
        foreach (var instance in instances)
        {
            instance.Dispose();
        }
    }

    private CheckoutWebFactory Start(IReadOnlyDictionary<string, string?> settings)
    {
        var instance = new CheckoutWebFactory { Settings = settings };
        instances.Add(instance);
        return instance;
    }
}
