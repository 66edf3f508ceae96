using System.Collections.Concurrent;

namespace Checkout.Surge;

/// <summary>What the visitors saw: latency per request kind, errors, and how each reservation ended.</summary>
public sealed class SurgeRecorder
{
    private readonly ConcurrentDictionary<string, ConcurrentBag<double>> latencies = new(StringComparer.Ordinal);
    private readonly ConcurrentQueue<string> errors = new();
    private readonly ConcurrentDictionary<int, int> ticketsHeld = new();
    private int arrivals;
    private int reservationsAttempted;
    private int reservationsSucceeded;
    private int reservationsRefused;

    public int Arrivals => arrivals;
    public int ReservationsAttempted => reservationsAttempted;
    public int ReservationsSucceeded => reservationsSucceeded;
    public int ReservationsRefused => reservationsRefused;
    public IReadOnlyList<string> Errors => [.. errors];

    /// <summary>Requests answered (whatever the status); errors without an answer (timeouts, refused connections) are not in it.</summary>
    public int Requests => latencies.Values.Sum(l => l.Count);

    /// <summary>Tickets the surge's buyers hold per event, as the shop confirmed them (redirect to a filled cart).</summary>
    public IReadOnlyDictionary<int, int> TicketsHeld => ticketsHeld;

    public void Arrived() => Interlocked.Increment(ref arrivals);

    public void ReservationStarted() => Interlocked.Increment(ref reservationsAttempted);

    public void Reserved(int eventId, int tickets)
    {
        Interlocked.Increment(ref reservationsSucceeded);
        ticketsHeld.AddOrUpdate(eventId, tickets, (_, held) => held + tickets);
    }

    /// <summary>The shop said in words that the tickets are gone: correct behaviour, not an error.</summary>
    public void Refused() => Interlocked.Increment(ref reservationsRefused);

    public void Latency(string kind, TimeSpan elapsed) =>
        latencies.GetOrAdd(kind, _ => []).Add(elapsed.TotalMilliseconds);

    public void Error(string kind, string what) => errors.Enqueue($"{kind}: {what}");

    public IReadOnlyList<LatencySummary> LatencySummaries() =>
        [.. latencies.OrderBy(l => KindOrder(l.Key)).Select(l => LatencySummary.Of(l.Key, [.. l.Value]))];

    private static int KindOrder(string kind) => Array.IndexOf(RequestKinds.All, kind) is var i and >= 0 ? i : int.MaxValue;
}

/// <summary>The request kinds in the order of a buyer's visit.</summary>
public static class RequestKinds
{
    public const string Programme = "programme (GET /)";
    public const string Event = "event page (GET /event/{id})";
    public const string AddToCart = "add to cart (POST /event/{id})";
    public const string Cart = "cart page (GET /cart)";

    public static readonly string[] All = [Programme, Event, AddToCart, Cart];
}

public sealed record LatencySummary(string Kind, int Count, double P50, double P95, double P99, double Max)
{
    public static LatencySummary Of(string kind, double[] samples)
    {
        Array.Sort(samples);
        return new(kind, samples.Length, Percentile(samples, 0.50), Percentile(samples, 0.95), Percentile(samples, 0.99), samples[^1]);
    }

    /// <summary>Nearest-rank percentile of sorted samples.</summary>
    private static double Percentile(double[] sorted, double p) =>
        sorted[Math.Clamp((int)Math.Ceiling(p * sorted.Length) - 1, 0, sorted.Length - 1)];
}
