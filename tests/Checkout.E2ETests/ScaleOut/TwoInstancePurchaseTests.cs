using Checkout.E2ETests.Infrastructure;
using Checkout.E2ETests.Infrastructure.PageObjects;
using Checkout.Sandbox;

namespace Checkout.E2ETests.ScaleOut;

/// <summary>
/// The scale-out topology of docs/operations.md, end to end: two app instances sharing one Redis (data-protection keys,
/// sessions, HybridCache L2) behind nginx that spreads page requests round-robin and keeps each browser's circuits on one
/// instance. The second instance uses the first one's embedded sandbox as its VdM, so both sell the same seats.
/// </summary>
public sealed class TwoInstancePurchaseTests(BrowserFixture browser, RedisServer redis) : IClassFixture<RedisServer>, IAsyncLifetime
{
    private readonly List<IAsyncDisposable> started = [];
    private ScaleOutInstance? first;
    private ScaleOutInstance? second;
    private NginxBalancer? nginx;
    private BrowserSession? session;

    public async ValueTask InitializeAsync()
    {
        first = await StartAsync(new Dictionary<string, string?> { ["Redis:Configuration"] = redis.Configuration });
        second = await StartAsync(new Dictionary<string, string?>
        {
            ["Redis:Configuration"] = redis.Configuration,
            ["VoordeMensen:BaseUrl"] = new Uri(first.BaseAddress, "sandbox/").ToString(),
            // A client with a BaseUrl checks payments on VdM's ticket host unless told otherwise; here that is the sandbox's.
            ["VoordeMensen:TicketHostUrl"] = new Uri(first.BaseAddress, "sandbox/tickets/").ToString(),
        });
        nginx = await NginxBalancer.StartAsync([first.BaseAddress, second.BaseAddress]);
        started.Add(nginx);
        session = await browser.NewSessionAsync(nginx.Address);
    }

    [Fact(Timeout = BrowserFixture.TestTimeoutMs)]
    public async Task A_full_purchase_through_nginx_is_paid_with_pages_from_both_instances_and_circuits_on_one()
    {
        await new PurchaseDriver(session!.Page).BuyAsync(SandboxDemoIds.MultiPerformanceFirst + 2, 2, Buyer.Unique());

        var output = TestContext.Current.TestOutputHelper;
        foreach (var (name, instance) in new[] { ("first", first!), ("second", second!) })
        {
            output?.WriteLine($"{name}: {string.Join(", ", instance.Log.PageRequests)}; {instance.Log.CircuitRequests.Count} circuit requests");
        }

        // Round-robin: the visitor's programme, event, add-to-cart post, cart/checkout prerenders and status page were
        // served by both instances, each reading the other's cookies, antiforgery tokens and sessions.
        Assert.NotEmpty(first!.Log.PageRequests);
        Assert.NotEmpty(second!.Log.PageRequests);
        Assert.True(first.Log.PageRequests.Count + second.Log.PageRequests.Count >= 5,
            $"Expected at least five page requests, got {first.Log.PageRequests.Count + second.Log.PageRequests.Count}.");

        // Sticky: every negotiate and WebSocket of this browser reached the same instance, chosen by nginx's own cookie.
        var cookies = await session.Page.Context.CookiesAsync([nginx!.Address.ToString()]);
        Assert.Contains(cookies, c => c.Name == NginxBalancer.AffinityCookie && c.Value.Length > 0);
        output?.WriteLine($"affinity {cookies.Single(c => c.Name == NginxBalancer.AffinityCookie).Value}");
        var circuitCounts = new[] { first.Log.CircuitRequests.Count, second.Log.CircuitRequests.Count };
        Assert.Single(circuitCounts, count => count > 0);
    }

    public async ValueTask DisposeAsync()
    {
        if (session is not null)
        {
            var failed = TestContext.Current.TestState?.Result is TestResult.Failed;
            if (failed && nginx is not null)
            {
                TestContext.Current.TestOutputHelper?.WriteLine(nginx.AccessLog);
            }

            await session.CloseAfterTestAsync();
        }

        foreach (var resource in Enumerable.Reverse(started))
        {
            await resource.DisposeAsync();
        }
    }

    private async Task<ScaleOutInstance> StartAsync(IReadOnlyDictionary<string, string?> settings)
    {
        var instance = await ScaleOutInstance.StartAsync(settings);
        started.Add(instance);
        return instance;
    }
}
