using System.Globalization;
using System.Runtime.InteropServices;
using System.Text;

namespace Checkout.Surge;

/// <summary>The surge's figures as a markdown fragment: a headline table with goals, latencies, and the seat books.</summary>
public sealed class SurgeReport(SurgeOptions options, SurgeRecorder recorder, IReadOnlyList<EventBooks> books, TimeSpan arrivedIn, TimeSpan total)
{
    private const int MaxErrorsListed = 10;

    public bool MeetsGoals => recorder.Errors.Count == 0 && books.All(b => b.Balanced) && books.Any(b => b.SoldOutFor(options.TicketsPerReservation));

    public string Markdown()
    {
        var ci = CultureInfo.InvariantCulture;
        var perMinute = recorder.Arrivals / arrivedIn.TotalMinutes;
        var soldOut = books.Where(b => b.SoldOutFor(options.TicketsPerReservation)).Select(b => b.EventId.ToString(ci)).ToList();
        var md = new StringBuilder();
        md.AppendLine("## Surge").AppendLine();
        md.AppendLine(ci, $"Measured {DateTime.Now:yyyy-MM-dd HH:mm zzz} on {Environment.MachineName} ({Environment.ProcessorCount} cores, " +
            $"{RuntimeInformation.OSDescription}); `bench/surge/run.sh`: the Release build with the embedded sandbox on 127.0.0.1, " +
            $"load generator on the same machine, pages warmed up first. Each buyer has their own cookies: GET /, then an event page; every " +
            $"{options.ReserveEvery}th posts the add-to-cart form ({options.TicketsPerReservation} tickets) and follows the redirect to the cart. " +
            $"All buyers share 127.0.0.1, so the per-address limits on form posts and new carts are raised for the run.");
        md.AppendLine();
        md.AppendLine("| Measure | Result | Goal |").AppendLine("|---|---|---|");
        md.AppendLine(ci, $"| Buyers arriving | {recorder.Arrivals} in {arrivedIn.TotalSeconds:0.0} s ({perMinute:0} per minute); run {total.TotalSeconds:0.0} s | 1,500 per minute, ≤ 2 min |");
        md.AppendLine(ci, $"| Reservations attempted | {recorder.ReservationsAttempted} | 10 % of buyers |");
        md.AppendLine(ci, $"| Reservations succeeded | {recorder.ReservationsSucceeded} | — |");
        md.AppendLine(ci, $"| Refused as sold out (in words) | {recorder.ReservationsRefused} | correct behaviour |");
        md.AppendLine(ci, $"| Errors (5xx, timeouts, unexpected status or refusal) | {recorder.Errors.Count} | 0 |");
        md.AppendLine(ci, $"| Oversell (seats taken ≠ tickets confirmed, or more than were free) | {(books.All(b => b.Balanced) ? "none" : "YES")}; sold out during the run: {(soldOut.Count > 0 ? string.Join(", ", soldOut) : "none")} | none; ≥ 1 event sells out |");
        foreach (var latency in recorder.LatencySummaries())
        {
            md.AppendLine(ci, $"| p95 {latency.Kind} | {latency.P95:0} ms | reported |");
        }

        md.AppendLine().AppendLine("| Request | Count | p50 | p95 | max |").AppendLine("|---|---|---|---|---|");
        foreach (var l in recorder.LatencySummaries())
        {
            md.AppendLine(ci, $"| {l.Kind} | {l.Count} | {l.P50:0} ms | {l.P95:0} ms | {l.Max:0} ms |");
        }

        md.AppendLine().AppendLine("| Event (sandbox books, Peppered) | Free before | Tickets confirmed to surge buyers | Free after | Balanced |")
            .AppendLine("|---|---|---|---|---|");
        foreach (var b in books)
        {
            md.AppendLine(ci, $"| {b.EventId} | {b.FreeBefore} | {b.HeldBySurge} | {b.FreeAfter} | {(b.Balanced ? "yes" : "NO")} |");
        }

        if (recorder.Errors.Count > 0)
        {
            md.AppendLine().AppendLine("Errors (first ten, grouped):").AppendLine();
            foreach (var group in recorder.Errors.GroupBy(e => e).OrderByDescending(g => g.Count()).Take(MaxErrorsListed))
            {
                md.AppendLine(ci, $"- {group.Count()} × {group.Key}");
            }
        }

        return md.ToString();
    }
}
