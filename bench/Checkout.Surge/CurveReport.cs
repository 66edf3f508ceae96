using System.Globalization;
using System.Runtime.InteropServices;
using System.Text;

namespace Checkout.Surge;

/// <summary>
/// The curve as markdown: the capacity in one sentence (with the distance and cause of the first miss), then per step the
/// verdict, latencies per request kind, CPU and memory per role and the seat books; and one row for bench/run.sh's table.
/// Numbers are formatted in the invariant culture, which Program sets for the process.
/// </summary>
public sealed class CurveReport(SurgeOptions options, IReadOnlyList<StepResult> steps, string loadAtStart)
{
    private const int MaxErrorsListed = 10;

    /// <summary>The surge goal of issue 7: a clean 1,500 buyers a minute.</summary>
    private const int RequiredPerMinute = 1_500;

    private static readonly CultureInfo Ci = CultureInfo.InvariantCulture;

    /// <summary>The highest step that held with every step below it held too; null when the first one missed.</summary>
    public StepResult? Capacity => steps.TakeWhile(s => s.Held(options.P95Goal)).LastOrDefault();

    public StepResult? FirstMiss => steps.FirstOrDefault(s => !s.Held(options.P95Goal));

    public bool Oversold => steps.Any(s => s.Oversold);

    public bool AnySoldOut => steps.Any(s => s.Books.Any(b => b.SoldOutFor(options.TicketsPerReservation)));

    /// <summary>No oversell anywhere, at least one show sold out, and at least the issue-7 rate held.</summary>
    public bool MeetsGoals => !Oversold && AnySoldOut && Capacity?.TargetPerMinute >= RequiredPerMinute;

    public string Headline()
    {
        var goal = $"every request kind's p95 below {options.P95Goal.TotalMilliseconds:0} ms and no errors";
        var laterHeld = FirstMiss is { } first ? steps.Where(s => s.Number > first.Number && s.Held(options.P95Goal)).Select(s => s.TargetPerMinute).LastOrDefault() : 0;
        var transient = laterHeld > 0
            ? $" A higher step held afterwards ({laterHeld:#,0} a minute), so that miss looks transient (other load on the shared machine): rerun before drawing conclusions."
            : "";
        return Sentence(goal) + transient;
    }

    private string Sentence(string goal)
    {
        return (Capacity, FirstMiss) switch
        {
            ({ } held, null) => $"**{Capitalized(options.Label)} carries at least {held.TargetPerMinute:#,0} buyers a minute** with {goal} " +
                $"(worst p95 {held.Worst?.P95:0} ms), the highest step run: the curve did not reach its limit.",
            ({ } held, { } miss) => $"**{Capitalized(options.Label)} carries {held.TargetPerMinute:#,0} buyers a minute** with {goal} " +
                $"(worst p95 {held.Worst?.P95:0} ms). At {miss.TargetPerMinute:#,0} a minute it did not: {miss.Misses(options.P95Goal)}; {Cause(miss)}.",
            (null, { } miss) => $"**{Capitalized(options.Label)} does not carry {miss.TargetPerMinute:#,0} buyers a minute**, the lowest step: " +
                $"{miss.Misses(options.P95Goal)}; {Cause(miss)}.",
            _ => "No step ran.",
        };
    }

    /// <summary>The row for the summary table of bench/results/latest.md and the README.</summary>
    public string SummaryRow()
    {
        var measured = (Capacity, FirstMiss) switch
        {
            ({ } held, null) => $"≥ {held.TargetPerMinute:#,0} buyers/min held (worst p95 {held.Worst?.P95:0} ms, 0 errors; highest step run)",
            ({ } held, { } miss) => $"{held.TargetPerMinute:#,0} buyers/min held (worst p95 {held.Worst?.P95:0} ms, 0 errors); {miss.TargetPerMinute:#,0}/min: {miss.Misses(options.P95Goal)}",
            (null, { } miss) => $"< {miss.TargetPerMinute:#,0} buyers/min ({miss.Misses(options.P95Goal)})",
            _ => "no step ran",
        };
        var verdict = Oversold ? "**missed**: oversell"
            : !AnySoldOut ? "**missed**: no show sold out, the last seat was not contested"
            : Capacity?.TargetPerMinute >= RequiredPerMinute ? "met"
            : $"**missed**: below {RequiredPerMinute:#,0}/min";
        return $"| 7. Capacity, {options.Label} | {measured} | ≥ {RequiredPerMinute:#,0} buyers/min with p95 < {options.P95Goal.TotalMilliseconds:0} ms and no errors; no oversell | {verdict} |";
    }

    public string Markdown()
    {
        var md = new StringBuilder();
        md.AppendLine(Ci, $"### 7. Capacity curve: {options.Label}").AppendLine();
        md.AppendLine($"Measured {DateTime.Now:yyyy-MM-dd HH:mm zzz} on {Environment.MachineName} ({Environment.ProcessorCount} cores, " +
            $"{RuntimeInformation.OSDescription}), load average {loadAtStart} at the start. `bench/surge/run.sh`: the Release build against the " +
            $"stand-alone sandbox as VdM, load generator on the same machine, everything on 127.0.0.1; pages and the add-to-cart path warmed up first (then the seats reset). Steps of " +
            $"{options.StepSeconds} s ({string.Join(" → ", options.Steps.Select(s => s.ToString("#,0", Ci)))} buyers a minute; the curve stops " +
            $"after a step that clearly fails). Each buyer has their own cookies and connections: GET /, then an event page; every " +
            $"{options.ReserveEvery}th posts the add-to-cart form ({options.TicketsPerReservation} tickets, every other one for " +
            $"{string.Join(" or ", options.HotEvents)}) and follows the redirect to the cart. All buyers share 127.0.0.1, so the per-address " +
            "limits on form posts and new carts are raised for the run. A refused buyer is counted by what the shop exposes for automation " +
            "(HTTP 429, `event-sold-out`, the `data-problem` of the form's message): sold out, too few left (or a per-order maximum), a seat cap " +
            "per visitor or network — correct answers —, or rate-limited (a buyer who could not buy: the step does not hold); errors are faults " +
            "only (5xx, timeouts, unexpected pages or refusals).");
        md.AppendLine().AppendLine(Headline()).AppendLine();

        md.AppendLine("| Step | Buyers/min (target → arrived) | Buyers | Reserved | Refused: sold out / too few left / seat cap | Rate-limited | Errors | Oversell | Worst p95 | Shop CPU | Shop memory (max RSS) | Machine busy | Load (start → end) | Verdict |")
            .AppendLine("|---|---|---|---|---|---|---|---|---|---|---|---|---|---|");
        foreach (var s in steps)
        {
            var shop = s.Role(WatchedGroup.Shop);
            md.AppendLine($"| {s.Number} | {s.TargetPerMinute:#,0} → {s.ArrivedPerMinute:#,0} | {s.Recorder.Arrivals} | {s.Recorder.ReservationsSucceeded} " +
                $"| {s.Recorder.RefusedAs(RefusalKind.SoldOut)} / {s.Recorder.RefusedAs(RefusalKind.TooFewLeft)} / {s.Recorder.RefusedAs(RefusalKind.SeatCap)} | {s.RateLimited} | {s.Errors} | {(s.Oversold ? "**YES**" : "none")} | {s.Worst?.P95:0} ms ({s.Worst?.Kind}) | {Cores(shop)} | {Mb(shop?.RssMaxBytes)} " +
                $"| {s.Machine.BusyFraction:P0} of {s.Machine.Cores} cores | {First(s.LoadAtStart)} → {First(s.Machine.LoadAverage)} | {(s.Held(options.P95Goal) ? "held" : "missed: " + s.Misses(options.P95Goal))} |");
        }

        md.AppendLine().AppendLine("| Step | Request | Count | p50 | p95 | p99 | max |").AppendLine("|---|---|---|---|---|---|---|");
        foreach (var s in steps)
        {
            foreach (var l in s.Recorder.LatencySummaries())
            {
                md.AppendLine(Ci, $"| {s.TargetPerMinute:#,0}/min | {l.Kind} | {l.Count} | {l.P50:0} ms | {l.P95:0} ms | {l.P99:0} ms | {l.Max:0} ms |");
            }
        }

        var roles = steps.SelectMany(s => s.Resources.Select(r => r.Role)).Distinct().ToList();
        md.AppendLine().AppendLine("CPU in cores (1.0 = one core busy for the whole step, arrivals and drain) and resident memory (max / end of the step) per process role; " +
            "\"other\" is whatever else ran on the shared machine.").AppendLine();
        md.AppendLine("| Step | " + string.Join(" | ", roles) + " | other |").AppendLine("|---|" + string.Concat(Enumerable.Repeat("---|", roles.Count + 1)));
        foreach (var s in steps)
        {
            var cells = roles.Select(role => s.Role(role) is { } r ? $"{r.CpuCores:0.00} cores, {Mb(r.RssMaxBytes)} / {Mb(r.RssEndBytes)}" : "—");
            md.AppendLine(Ci, $"| {s.TargetPerMinute:#,0}/min | {string.Join(" | ", cells)} | {Other(s):0.00} cores |");
        }

        AppendBooks(md);
        AppendRefusals(md);
        AppendErrors(md);
        return md.ToString();
    }

    private void AppendBooks(StringBuilder md)
    {
        md.AppendLine().AppendLine("Seat books at the sandbox (Peppered), per step, for the shows the step's buyers reserved:").AppendLine();
        md.AppendLine("| Step | Event | Free before | Tickets confirmed to buyers | Free after | Held without a confirmed buyer | Oversold |").AppendLine("|---|---|---|---|---|---|---|");
        foreach (var s in steps)
        {
            foreach (var b in s.Books.Where(b => b.HeldBySurge > 0 || b.FreeBefore != b.FreeAfter))
            {
                md.AppendLine(Ci, $"| {s.TargetPerMinute:#,0}/min | {b.EventId} | {b.FreeBefore} | {b.HeldBySurge} | {b.FreeAfter}{(b.SoldOutFor(options.TicketsPerReservation) ? " (sold out)" : "")} | {b.Unconfirmed} | {(b.Oversold ? "**YES**" : "no")} |");
            }
        }
    }

    private void AppendRefusals(StringBuilder md)
    {
        var refused = steps.Where(s => s.Recorder.RefusalsByRequest.Count > 0).ToList();
        if (refused.Count == 0)
        {
            return;
        }

        md.AppendLine().AppendLine("Refusals per kind, with the request that carried them:").AppendLine();
        md.AppendLine("| Step | Refusal | Request | Count |").AppendLine("|---|---|---|---|");
        foreach (var s in refused)
        {
            foreach (var ((refusal, kind), count) in s.Recorder.RefusalsByRequest.OrderBy(r => r.Key.Refusal).ThenBy(r => r.Key.Kind, StringComparer.Ordinal))
            {
                md.AppendLine(Ci, $"| {s.TargetPerMinute:#,0}/min | {Words(refusal)} | {kind} | {count} |");
            }
        }
    }

    private static string Words(RefusalKind refusal) => refusal switch
    {
        RefusalKind.SoldOut => "sold out",
        RefusalKind.TooFewLeft => "too few left / per-order maximum",
        RefusalKind.SeatCap => "seat cap (visitor or network)",
        RefusalKind.RateLimited => "rate-limited",
        _ => refusal.ToString(),
    };

    private void AppendErrors(StringBuilder md)
    {
        foreach (var s in steps.Where(s => s.Errors > 0))
        {
            md.AppendLine().AppendLine(Ci, $"Errors at {s.TargetPerMinute:#,0}/min (most frequent first):").AppendLine();
            foreach (var group in s.Recorder.Errors.GroupBy(e => e).OrderByDescending(g => g.Count()).Take(MaxErrorsListed))
            {
                md.AppendLine(Ci, $"- {group.Count()} × {group.Key}");
            }
        }
    }

    /// <summary>Where the time went in a missed step: the cores (and who used them) or waiting.</summary>
    private static string Cause(StepResult s)
    {
        var users = string.Join(", ", s.Resources.Where(r => r.CpuCores >= 0.01).OrderByDescending(r => r.CpuCores)
            .Select(r => $"{r.Role} {r.CpuCores:0.00}").Append($"other processes {Other(s):0.00}"));
        return s.Machine.BusyFraction >= 0.9
            ? $"CPU-bound: the machine's {s.Machine.Cores} cores were {s.Machine.BusyFraction:P0} busy ({users} cores; load average {First(s.Machine.LoadAverage)})"
            : $"not CPU-bound: the cores were only {s.Machine.BusyFraction:P0} busy ({users} cores), so requests waited on something else (upstream calls, locks, the thread pool)";
    }

    private static double Other(StepResult s) => Math.Max(0, s.Machine.BusyCores - s.Resources.Sum(r => r.CpuCores));

    private static string Cores(ResourceUsage? r) => r is null ? "—" : $"{r.CpuCores:0.00} cores" + (r.Processes > 1 ? $" ({r.Processes} processes)" : "");

    private static string Mb(long? bytes) => bytes is { } b ? $"{b / 1024.0 / 1024.0:0} MB" : "—";

    private static string First(string loadAverage) => loadAverage.Split(' ')[0];

    private static string Capitalized(string label) => label.Length == 0 ? label : char.ToUpperInvariant(label[0]) + label[1..];
}
