using System.Net;
using Checkout.IntegrationTests.Infrastructure;
using Checkout.IntegrationTests.Security;
using Checkout.Sandbox;
using Checkout.Sandbox.Faults;
using Microsoft.Extensions.DependencyInjection;

namespace Checkout.IntegrationTests.ScaleOut;

/// <summary>
/// Issue 16 across instances: behind the load balancer form posts are not sticky, so a hoarder's posts (and one
/// visitor's two tabs) land on either instance. Two apps on one Redis (the second uses the first one's sandbox as its
/// VdM) share the seat counts per address and the visitor lock.
/// </summary>
public sealed class SharedAbuseStateTests(RedisServer redis) : IClassFixture<RedisServer>, IDisposable
{
    private const int Hamlet = SandboxDemoIds.MultiPerformanceFirst;

    private readonly List<CheckoutWebFactory> instances = [];

    // The attack: spread the hoard over the instances, each of which counted on its own.
    [Fact]
    public async Task Seats_held_through_either_instance_count_against_one_cap_per_address()
    {
        var (first, second) = StartPair(SeatHoardingTests.Caps(perVisitor: 6, perAddress: 8, trustLoopbackProxy: true));
        using var onFirst = ShopBrowser.Behind(first, "198.51.100.20");
        using var onSecond = ShopBrowser.Behind(second, "198.51.100.20");
        using var alsoOnSecond = ShopBrowser.Behind(second, "198.51.100.20");

        Assert.True((await SeatHoardingTests.AddAsync(onFirst, Hamlet, 6)).Held);
        Assert.False((await SeatHoardingTests.AddAsync(onSecond, Hamlet, 4)).Held);
        Assert.True((await SeatHoardingTests.AddAsync(alsoOnSecond, Hamlet, 2)).Held);
    }

    // The attack (or just two tabs): one visitor's posts reach both instances at the same moment. Each instance's own
    // lock let both read the empty session, both created a cart, the last write won and the other cart's seats stayed
    // held with nobody able to order or release them.
    [Fact]
    public async Task One_visitors_changes_on_two_instances_take_turns()
    {
        var (first, second) = StartPair(new Dictionary<string, string?>());
        var stats = first.Services.GetRequiredService<SandboxRequestStats>();
        first.Services.GetRequiredService<FaultRegistry>().Replace([new FaultRule { Endpoint = "cart.create", Kind = FaultKind.Latency, Value = 1000 }]);
        using var visitor = new ShopBrowser(first);
        var firstEvent = new Uri(first.CreateClient().BaseAddress!, $"event/{Hamlet}").ToString();
        var secondEvent = new Uri(second.CreateClient().BaseAddress!, $"event/{Hamlet}").ToString();
        // A visitor who has been at the cart page (the cached event page issues no cookie; a visitor is who has one).
        await visitor.GetAsync(new Uri(first.CreateClient().BaseAddress!, "cart").ToString());
        var page = await visitor.PageAsync(firstEvent);

        var posts = await Task.WhenAll(
            visitor.PostFormAsync(firstEvent, page, ShopBrowser.FirstQuantity("2")),
            visitor.PostFormAsync(secondEvent, page, ShopBrowser.FirstQuantity("2")));

        Assert.All(posts, p => Assert.Equal(HttpStatusCode.Redirect, p.Response.StatusCode));
        Assert.Equal(1, stats.Count(SandboxDemoIds.DemoClient, "cart.create"));
        Assert.Equal("6", await visitor.MaxPerTypeAsync(secondEvent));
    }

    public void Dispose()
    {
        foreach (var instance in instances)
        {
            instance.Dispose();
        }
    }

    private (CheckoutWebFactory First, CheckoutWebFactory Second) StartPair(Dictionary<string, string?> settings)
    {
        settings["Redis:Configuration"] = redis.Configuration;
        var first = Start(settings);
        var second = Start(new Dictionary<string, string?>(settings)
        {
            ["VoordeMensen:BaseUrl"] = new Uri(first.CreateClient().BaseAddress!, "sandbox/").ToString(),
        });
        return (first, second);
    }

    private CheckoutWebFactory Start(IReadOnlyDictionary<string, string?> settings)
    {
        var instance = new CheckoutWebFactory { Settings = settings };
        instances.Add(instance);
        return instance;
    }
}
