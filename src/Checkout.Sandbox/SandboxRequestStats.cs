using System.Collections.Concurrent;

namespace Checkout.Sandbox;

/// <summary>
/// Counts sandbox requests per VdM client and endpoint name ("events", "tickettypes", "cart.add",
/// "order.create", "peppered.event", …), so tests and benchmarks can prove what reached the API.
/// </summary>
public sealed class SandboxRequestStats
{
    /// <summary>Client bucket for routes without a client (payment simulator).</summary>
    public const string NoClient = "-";

    private readonly ConcurrentDictionary<(string Client, string Endpoint), long> counts = new();

    public void Record(string client, string endpoint) =>
        counts.AddOrUpdate((client, endpoint), 1, (_, n) => n + 1);

    public long Count(string client, string endpoint) => counts.GetValueOrDefault((client, endpoint));

    public long Total(string client) => counts.Where(c => c.Key.Client == client).Sum(c => c.Value);

    /// <summary>client → endpoint → count.</summary>
    public IReadOnlyDictionary<string, IReadOnlyDictionary<string, long>> Snapshot() =>
        counts.GroupBy(c => c.Key.Client).ToDictionary(
            g => g.Key,
            g => (IReadOnlyDictionary<string, long>)g.OrderBy(c => c.Key.Endpoint, StringComparer.Ordinal)
                .ToDictionary(c => c.Key.Endpoint, c => c.Value));

    public void Reset() => counts.Clear();
}
