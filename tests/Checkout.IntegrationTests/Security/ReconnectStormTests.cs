using System.Diagnostics;
using System.Net;
using System.Text.Json;
using Checkout.IntegrationTests.Infrastructure;
using Checkout.IntegrationTests.Orders;
using Checkout.Sandbox;

namespace Checkout.IntegrationTests.Security;

/// <summary>
/// Many visitors at once on a freshly started app (as after a restart, when every open tab reconnects): each gets its
/// interactive page (the order status page, the one page that still holds a circuit) prerendered with the circuit's
/// component markers and a SignalR negotiation for its circuit.
/// Measured over plain HTTP (page + negotiate), not a full WebSocket circuit; see docs/security.md.
/// </summary>
public sealed class ReconnectStormTests
{
    public const int Visitors = 100;

    private static readonly TimeSpan Budget = TimeSpan.FromSeconds(30);

    [Fact]
    public async Task A_hundred_visitors_at_once_on_a_fresh_app_all_get_an_interactive_page_and_a_circuit_negotiation()
    {
        // Every visitor comes from 127.0.0.1: the status page's limit per address is not what this measures.
        using var app = new CheckoutWebFactory { Settings = new Dictionary<string, string?> { ["Security:RateLimits:StatusLookupsPerAddress"] = "10000" } };
        var (orderKey, _) = await EmbeddedSandboxOrders.PlaceAsync(app.CreateClient(), SandboxDemoIds.MultiPerformanceFirst + 4, 1);
        var visitors = Enumerable.Range(0, Visitors).Select(_ => new ShopBrowser(app)).ToList();
        try
        {
            using var start = new SemaphoreSlim(0);
            var clock = Stopwatch.StartNew();
            var runs = visitors.Select(async v =>
            {
                await start.WaitAsync(TestContext.Current.CancellationToken);
                var (page, html) = await v.GetAsync($"/order/{orderKey}");
                var (negotiate, body) = await v.SendAsync(new HttpRequestMessage(HttpMethod.Post, "/_blazor/negotiate?negotiateVersion=1"));
                return (page.StatusCode, html, negotiate.StatusCode, body);
            }).ToList();
            start.Release(Visitors);
            var results = await Task.WhenAll(runs);
            clock.Stop();

            Assert.All(results, r =>
            {
                Assert.Equal(HttpStatusCode.OK, r.Item1);
                Assert.Contains("<!--Blazor:", r.html, StringComparison.Ordinal);
                Assert.Contains("_framework/blazor.web", r.html, StringComparison.Ordinal);
                Assert.Equal(HttpStatusCode.OK, r.Item3);
                Assert.False(string.IsNullOrEmpty(JsonDocument.Parse(r.body).RootElement.GetProperty("connectionToken").GetString()));
            });
            Assert.True(clock.Elapsed < Budget, $"{Visitors} visitors took {clock.Elapsed}");
            TestContext.Current.TestOutputHelper?.WriteLine($"{Visitors} visitors: page + negotiate in {clock.Elapsed.TotalMilliseconds:F0} ms");
        }
        finally
        {
            visitors.ForEach(v => v.Dispose());
        }
    }
}
