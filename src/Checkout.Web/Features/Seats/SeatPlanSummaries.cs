using Checkout.VoordeMensen;
using Checkout.VoordeMensen.Peppered.SeatMaps;
using Checkout.Web.Shell.Caching;
using Checkout.Web.Shell.Clients;
using Microsoft.AspNetCore.OutputCaching;
using Microsoft.Extensions.Caching.Memory;

namespace Checkout.Web.Features.Seats;

/// <summary>
/// What the event page says about a performance's plan, without an upstream call: a best-available purchase keeps its
/// upstream call budget (<c>UpstreamBudgetTests</c>). It shows what the seat page last learned from VdM's plan, kept
/// a few minutes; before that, the entry to seat choice for any performance of a client with a Peppered key (the
/// seat page sends a performance without a plan back to best available).
/// </summary>
public sealed class SeatPlanSummaries(IVoordeMensenClients vdm, CurrentClient client, IMemoryCache cache, IOutputCacheStore pages)
{
    private static readonly TimeSpan Lifetime = TimeSpan.FromMinutes(2);

    /// <summary>The summary for the event page: known, assumed (Peppered key, not yet learned) or none.</summary>
    public SeatPlanSummary For(int performanceId) =>
        cache.TryGetValue(Key(performanceId), out SeatPlanSummary? known) && known is not null ? known
            : vdm.For(client.Key).HasPepperedKey ? SeatPlanSummary.Unknown
            : SeatPlanSummary.None;

    /// <summary>
    /// Remembers what VdM's plan (null: none) says, read by the seat page anyway. When that changes what the event page
    /// says, the client's cached pages go, so the next visitor reads it rather than the page cached before.
    /// </summary>
    public async Task LearnAsync(int performanceId, SeatMap? map, CancellationToken cancellationToken)
    {
        var learned = map is { HasSeats: true } ? new SeatPlanSummary(true, map.WheelchairPlacesAvailable) : SeatPlanSummary.None;
        var changed = !cache.TryGetValue(Key(performanceId), out SeatPlanSummary? known) || known != learned;
        cache.Set(Key(performanceId), learned, Lifetime);
        if (changed)
        {
            await pages.EvictByTagAsync(CachedPages.Tag(client.Key), cancellationToken);
        }
    }

    private string Key(int performanceId) => $"seatplan:{client.Key}:{performanceId}";
}
