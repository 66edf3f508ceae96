using System.Globalization;

namespace Checkout.Bench;

/// <summary>
/// Figures 4 and 5 on a freshly started app: the upstream calls of one full purchase with cold caches and of a second
/// one with warm caches (counted at the sandbox), then <c>n</c> further purchases timed per <see cref="FlowStep"/>.
/// </summary>
internal sealed class PurchaseBench(Uri baseAddress, SandboxAdmin admin, Browser browser, Report report)
{
    private const int MaxUpstreamCalls = 9;
    private const string Client = "demo";

    public async Task RunAsync(int purchases)
    {
        var flow = new PurchaseFlow(baseAddress, browser);
        await admin.ResetStatsAsync();
        await flow.BuyAsync(Performances.Pick(0));
        var cold = SandboxAdmin.ShopCalls(await admin.StatsAsync(), Client);
        await admin.ResetStatsAsync();
        await flow.BuyAsync(Performances.Pick(1));
        var warm = SandboxAdmin.ShopCalls(await admin.StatsAsync(), Client);

        // The paid page's hall address is one lookup per client per half hour, not part of buying: counted apart.
        var (coldBuying, coldHall) = (Buying(cold), cold.GetValueOrDefault(HallLookup));
        var worst = Math.Max(coldBuying, Buying(warm));
        report.Figure("4. Upstream calls for one full purchase",
            $"{coldBuying} with cold caches (+{coldHall} hall address lookup for the paid page), {Buying(warm)} warm (+{warm.GetValueOrDefault(HallLookup)})",
            $"≤ {MaxUpstreamCalls} for buying; hall addresses ≤ 1 per client per 30 min", Report.AtMost(worst + Math.Max(0, coldHall - 1), MaxUpstreamCalls, "calls"));
        report.Details($"""
            ### 4. Upstream calls for one full purchase

            Event list → event page → add to cart → cart → checkout → pay → status, by a new visitor, counted at the sandbox
            (the browser's own visits to the payment simulator and ticket host excluded). Cold: the first purchase on a
            freshly started app; warm: the next one. `peppered.hall` is the paid page's hall address (cached per client for
            30 minutes), outside the buying budget.

            | Caches | Calls | Per endpoint |
            |---|---|---|
            | cold | {cold.Values.Sum()} | {SandboxAdmin.Describe(cold)} |
            | warm | {warm.Values.Sum()} | {SandboxAdmin.Describe(warm)} |
            """);

        var samples = FlowStep.All.ToDictionary(s => s, _ => new List<double>());
        var failures = new List<string>();
        for (var i = 0; i < purchases; i++)
        {
            try
            {
                foreach (var (step, ms) in await flow.BuyAsync(Performances.Pick(i + 2)))
                {
                    samples[step].Add(ms);
                }
            }
            catch (Exception e) when (e is TimeoutException or Microsoft.Playwright.PlaywrightException or InvalidOperationException)
            {
                // One stuck purchase on a loaded machine should not cost the other figures; it is reported.
                failures.Add(e.Message.Split('\n')[0]);
                Console.Error.WriteLine($"purchase {i + 1} failed: {e.Message}");
            }
        }

        var slowest = FlowStep.All.MaxBy(s => Percentiles.Of(samples[s], 95))!;
        report.Figure("5. Server time per flow step", $"p95 ≤ {Percentiles.Of(samples[slowest], 95):0} ms for every step (slowest: {slowest.Name})",
            "reported (p50/p95 per step)", failures.Count == 0 ? "reported" : $"reported; **{failures.Count} of {purchases} purchases failed**");
        var rows = FlowStep.All.Select(s => string.Create(CultureInfo.InvariantCulture,
            $"| {s.Name} | {s.Measures} | {Percentiles.Of(samples[s], 50):0} | {Percentiles.Of(samples[s], 95):0} | {samples[s].DefaultIfEmpty(double.NaN).Max():0} |"));
        report.Details($"""
            ### 5. Time per flow step

            {purchases} purchases one after another, each by a new visitor buying one ticket, against the embedded sandbox
            on the same machine (VdM's own latency is not in these figures). The static steps are plain HTTP requests
            (loopback, so this is the server's time); the interactive steps are what a visitor waits for in headless
            Chromium, so they include the browser's own work and the SignalR round trips.

            | Step | What is measured | p50 ms | p95 ms | max ms |
            |---|---|---|---|---|
            {string.Join("\n", rows)}

            {(failures.Count == 0 ? "Every purchase completed." : $"{failures.Count} of {purchases} purchases failed and are not in the table: {string.Join("; ", failures)}")}
            """);
    }

    private const string HallLookup = "peppered.hall";

    private static long Buying(IReadOnlyDictionary<string, long> calls) => calls.Where(c => c.Key != HallLookup).Sum(c => c.Value);
}
