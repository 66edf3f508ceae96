using System.Diagnostics;
using Checkout.IntegrationTests.Infrastructure;
using Checkout.Sandbox;
using Checkout.Sandbox.Faults;
using Microsoft.Extensions.DependencyInjection;

namespace Checkout.IntegrationTests.Security;

/// <summary>
/// A dead VdM through the shop: once enough calls failed the breaker opens, the shop keeps answering with its
/// translated message while no call reaches VdM, and after the break (5 s) one trial call closes it again.
/// </summary>
public sealed class CircuitBreakerTests
{
    private static readonly TimeSpan Break = TimeSpan.FromSeconds(5);

    [Fact]
    public async Task A_dead_upstream_opens_the_breaker_which_stops_calls_and_recovers_after_the_break()
    {
        using var app = new CheckoutWebFactory
        {
            Settings = new Dictionary<string, string?>
            {
                ["VoordeMensen:AttemptTimeoutSeconds"] = "1",
                // The first failing page takes at most this long, which leaves most of the 5 s break for the checks.
                ["VoordeMensen:TotalTimeoutSeconds"] = "2",
                ["VoordeMensen:CircuitBreakerMinimumThroughput"] = "2",
            },
        };
        var faults = app.Services.GetRequiredService<FaultRegistry>();
        var stats = app.Services.GetRequiredService<SandboxRequestStats>();
        using var browser = new ShopBrowser(app);
        await browser.PageAsync($"/event/{SandboxDemoIds.MultiPerformanceFirst}");

        faults.Replace([new FaultRule { Endpoint = "tickettypes", Kind = FaultKind.Status, Value = 500 }]);
        var dead = $"/event/{SandboxDemoIds.MultiPerformanceFirst + 2}";
        var opened = Stopwatch.StartNew();
        Assert.NotNull((await browser.PageAsync(dead)).QuerySelector("[data-testid=tickettypes-error]"));
        var reached = stats.Count(SandboxDemoIds.DemoClient, "tickettypes");
        Assert.InRange(reached, 2, 4);

        // Open: the visitor still gets the page with its message, VdM gets nothing.
        foreach (var url in new[] { dead, $"/event/{SandboxDemoIds.MultiPerformanceFirst + 3}", dead })
        {
            Assert.NotNull((await browser.PageAsync(url)).QuerySelector("[data-testid=tickettypes-error]"));
        }

        Assert.True(opened.Elapsed < Break, $"the checks took {opened.Elapsed}, longer than the break");
        Assert.Equal(reached, stats.Count(SandboxDemoIds.DemoClient, "tickettypes"));

        // VdM is back; after the break a trial call closes the breaker and the page works again.
        faults.Replace([]);
        var deadline = Stopwatch.StartNew();
        while (true)
        {
            var page = await browser.PageAsync(dead);
            if (page.QuerySelector("[data-testid=tickettypes-error]") is null)
            {
                Assert.NotEmpty(page.QuerySelectorAll("[data-testid=ticket-qty]"));
                break;
            }

            Assert.True(deadline.Elapsed < Break * 2, "the breaker did not close after the break");
            await Task.Delay(250, TestContext.Current.CancellationToken);
        }

        Assert.True(opened.Elapsed >= Break - TimeSpan.FromMilliseconds(500), $"recovered after {opened.Elapsed}, before the break ended");
    }
}
