namespace Checkout.Surge;

/// <summary>What one step of the curve measured, and whether it held the goal.</summary>
public sealed record StepResult(
    int Number,
    int TargetPerMinute,
    SurgeRecorder Recorder,
    IReadOnlyList<EventBooks> Books,
    TimeSpan ArrivedIn,
    TimeSpan MaxArrivalLag,
    int Unfinished,
    IReadOnlyList<ResourceUsage> Resources,
    MachineUsage Machine,
    string LoadAtStart)
{
    /// <summary>A step whose worst p95 is this many times the goal, or whose errors reach this share of its buyers, ends the curve.</summary>
    private const double ClearFailureFactor = 2;
    private const double ClearFailureErrorShare = 0.01;

    /// <summary>Below this share of the target rate the generator, not the shop, set the pace.</summary>
    private const double GeneratorKeptUpShare = 0.95;

    public double ArrivedPerMinute => Recorder.Arrivals / Math.Max(ArrivedIn.TotalMinutes, 1e-9);

    public int Errors => Recorder.Errors.Count;

    /// <summary>Buyers the shop rate-limited: not a fault of the shop, but a buyer who could not buy, so the step does not hold.</summary>
    public int RateLimited => Recorder.RateLimited;

    public LatencySummary? Worst => Recorder.LatencySummaries().MaxBy(l => l.P95);

    public bool Oversold => Books.Any(b => b.Oversold);

    /// <summary>Seats that left VdM's pool without a buyer being told (add-to-cart posts given up on).</summary>
    public int Unconfirmed => Books.Sum(b => b.Unconfirmed);

    public bool GeneratorKeptUp => ArrivedPerMinute >= GeneratorKeptUpShare * TargetPerMinute;

    public ResourceUsage? Role(string role) => Resources.FirstOrDefault(r => r.Role == role);

    public bool Held(TimeSpan p95Goal) =>
        Errors == 0 && RateLimited == 0 && !Oversold && Unconfirmed == 0 && GeneratorKeptUp && Worst is { } w && w.P95 < p95Goal.TotalMilliseconds;

    /// <summary>Far enough past the goal that a higher rate cannot hold either: the curve stops here.</summary>
    public bool ClearlyFailed(TimeSpan p95Goal) =>
        Oversold || Unfinished > 0 || !GeneratorKeptUp
        || Errors + RateLimited >= ClearFailureErrorShare * Math.Max(Recorder.Arrivals, 1)
        || Worst is { } w && w.P95 >= ClearFailureFactor * p95Goal.TotalMilliseconds;

    /// <summary>Why the step did not hold, in a few words; empty when it held.</summary>
    public string Misses(TimeSpan p95Goal)
    {
        var reasons = new List<string>();
        if (Oversold)
        {
            reasons.Add("OVERSOLD");
        }

        if (Worst is { } w && w.P95 >= p95Goal.TotalMilliseconds)
        {
            reasons.Add($"p95 {w.P95:0} ms ({w.Kind})");
        }

        if (Errors > 0)
        {
            reasons.Add($"{Errors} errors");
        }

        if (RateLimited > 0)
        {
            reasons.Add($"{RateLimited} buyers rate-limited");
        }

        if (Unconfirmed > 0)
        {
            reasons.Add($"{Unconfirmed} seats held without a confirmed buyer");
        }

        if (!GeneratorKeptUp)
        {
            reasons.Add($"the load generator reached only {ArrivedPerMinute:#,0}/min");
        }

        return string.Join(", ", reasons);
    }
}
