using System.Diagnostics;
using System.Net;

namespace Checkout.Bench;

/// <summary>
/// Figure 2: on a freshly started app (cold cache) <c>n</c> visitors per client ask for the event list at the same
/// moment — the default client at "/" and the fringe client under its path prefix "/fringe/", both at once. The
/// sandbox counts the upstream event-list calls ("events", or "events.one" for <c>/events/upcoming</c>): HybridCache
/// must collapse each client's misses into one call.
/// </summary>
/// <remarks>
/// The connections are opened beforehand (ramped up with health probes) so that the burst measures the cache, not the
/// kernel: a thousand simultaneous connects overflow Kestrel's listen backlog (512), and the dropped SYNs, retried
/// after 1, 3, 7, 15 … s, also delay the app's own call to the embedded sandbox on the same port.
/// </remarks>
internal sealed class StampedeBench(Uri baseAddress, SandboxAdmin admin, Report report)
{
    private const int CacheWindowSeconds = 60; // ProgrammeService's programme cache expiration

    private static readonly (string Client, string Path)[] Clients = [("demo", ""), ("fringe", "fringe/")];

    public async Task RunAsync(int perClient)
    {
        var before = await admin.StatsAsync();
        var eventsBefore = Clients.Sum(c => EventListCalls(before.GetValueOrDefault(c.Client)));
        if (eventsBefore > 0)
        {
            throw new InvalidOperationException($"The cache is not cold: {eventsBefore} events calls were made before the stampede. Start a fresh app.");
        }

        using var http = new HttpClient(new SocketsHttpHandler { MaxConnectionsPerServer = int.MaxValue, AllowAutoRedirect = false })
        {
            BaseAddress = baseAddress,
            Timeout = TimeSpan.FromSeconds(60),
        };
        await OpenConnectionsAsync(http, perClient * Clients.Length);
        var start = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var requests = Clients.SelectMany(c => Enumerable.Range(0, perClient).Select(_ => RequestAsync(http, c.Path, start.Task))).ToList();
        var clock = Stopwatch.StartNew();
        start.SetResult();
        var results = await Task.WhenAll(requests);
        var wall = clock.Elapsed;

        var stats = await admin.StatsAsync();
        var failed = results.Count(r => r.Status != HttpStatusCode.OK);
        var latencies = results.Select(r => r.Elapsed.TotalMilliseconds).ToList();
        var rows = new List<string>();
        foreach (var (client, path) in Clients)
        {
            var calls = stats.GetValueOrDefault(client) ?? [];
            var events = EventListCalls(calls);
            var verdict = failed > 0 ? $"**missed**: {failed} requests failed" : events == 1 ? "met" : $"**missed**: {events} calls ({events - 1} more than the goal)";
            report.Figure($"2. Stampede, client `{client}` (`/{path}`)", $"{events} upstream event-list call(s) for {perClient} concurrent first requests",
                $"exactly 1 per client per cache window ({CacheWindowSeconds} s)", verdict);
            rows.Add($"| `{client}` | `/{path}` | {perClient} | {events} | {SandboxAdmin.Describe(calls)} |");
        }

        report.Details($"""
            ### 2. Stampede (cold cache)

            A freshly started app (no upstream call before), then {perClient} concurrent GETs of the event list per client,
            {perClient * Clients.Length} in all, released at the same moment from one process over loopback on connections
            opened beforehand (a burst of new connections beyond Kestrel's listen backlog of 512 would measure the kernel's
            SYN retries, not the cache).
            All answered in {wall.TotalMilliseconds:0} ms; {failed} failed; latency p50 {Percentiles.Of(latencies, 50):0} ms,
            p95 {Percentiles.Of(latencies, 95):0} ms (the cold first fill included).

            | Client | Event list | Requests | Upstream event-list calls (`events*`) | All upstream calls (sandbox counters) |
            |---|---|---|---|---|
            {string.Join("\n", rows)}
            """);
    }

    private static long EventListCalls(Dictionary<string, long>? calls) =>
        calls?.Where(c => c.Key.StartsWith("events", StringComparison.Ordinal)).Sum(c => c.Value) ?? 0;

    /// <summary>Ramps the pool up to <paramref name="connections"/> idle connections, 100 new ones per step.</summary>
    private static async Task OpenConnectionsAsync(HttpClient http, int connections)
    {
        for (var open = 100; open < connections + 100; open += 100)
        {
            await Task.WhenAll(Enumerable.Range(0, Math.Min(open, connections)).Select(async _ =>
            {
                using var response = await http.GetAsync(new Uri("health/live", UriKind.Relative));
                response.EnsureSuccessStatusCode();
            }));
        }
    }

    private static async Task<(HttpStatusCode Status, TimeSpan Elapsed)> RequestAsync(HttpClient http, string path, Task start)
    {
        await start;
        var clock = Stopwatch.StartNew();
        try
        {
            using var response = await http.GetAsync(new Uri(path, UriKind.Relative));
            await response.Content.ReadAsByteArrayAsync();
            return (response.StatusCode, clock.Elapsed);
        }
        catch (HttpRequestException)
        {
            return (0, clock.Elapsed);
        }
    }
}
