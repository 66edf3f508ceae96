using System.Collections.Concurrent;

namespace Checkout.Surge;

/// <summary>What the visitors saw: latency per request kind, errors, and how each reservation ended.</summary>
public sealed class SurgeRecorder
{
    private readonly ConcurrentDictionary<string, ConcurrentBag<double>> latencies = new(StringComparer.Ordinal);
    private readonly ConcurrentQueue<string> errors = new();
    private readonly ConcurrentDictionary<int, int> ticketsHeld = new();
    private readonly ConcurrentDictionary<(RefusalKind Refusal, string Kind), int> refusals = new();
    private int arrivals;
    private int reservationsAttempted;
    private int reservationsSucceeded;

    public int Arrivals => arrivals;
    public int ReservationsAttempted => reservationsAttempted;
    public int ReservationsSucceeded => reservationsSucceeded;

    /// <summary>Buyers turned away correctly (sold out, too few left, a seat cap); rate-limited ones are not among them.</summary>
    public int ReservationsRefused => refusals.Where(r => r.Key.Refusal != RefusalKind.RateLimited).Sum(r => r.Value);

    /// <summary>Buyers the shop rate-limited: an error for the buyer, counted apart from the faults.</summary>
    public int RateLimited => RefusedAs(RefusalKind.RateLimited);

    public int RefusedAs(RefusalKind refusal) => refusals.Where(r => r.Key.Refusal == refusal).Sum(r => r.Value);

    /// <summary>Refusals per kind and per request kind that carried them (an event page without a form, or the post's answer).</summary>
    public IReadOnlyDictionary<(RefusalKind Refusal, string Kind), int> RefusalsByRequest => refusals;
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

    /// <summary>The shop turned the buyer away and said why through its automation hooks (<see cref="Refusals"/>).</summary>
    public void Refused(RefusalKind refusal, string kind) => refusals.AddOrUpdate((refusal, kind), 1, (_, n) => n + 1);

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
