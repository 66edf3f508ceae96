using Checkout.VoordeMensen;
using Checkout.VoordeMensen.Peppered.SeatMaps;
using Checkout.Web.Shell.Clients;
using Microsoft.Extensions.Caching.Hybrid;

namespace Checkout.Web.Features.Seats;

/// <summary>
/// Whether a performance has a seat plan and free wheelchair places, for the event page's entry to seat choice. Kept
/// briefly like the ticket types: an event page view should not cost a plan read, the seat page reads it fresh.
/// </summary>
public sealed class SeatPlanSummaries(IVoordeMensenClients vdm, CurrentClient client, HybridCache cache, ILogger<SeatPlanSummaries> logger)
{
    private static readonly HybridCacheEntryOptions SummaryCache = new() { Expiration = TimeSpan.FromSeconds(20), LocalCacheExpiration = TimeSpan.FromSeconds(20) };

    /// <summary>The summary; <see cref="SeatPlanSummary.None"/> when VdM cannot say (the page then offers best available only).</summary>
    public async Task<SeatPlanSummary> GetAsync(int performanceId, CancellationToken cancellationToken)
    {
        var key = client.Key;
        try
        {
            return await cache.GetOrCreateAsync(
                $"vdm:{key}:seatplan:{performanceId}",
                async ct => await vdm.For(key).FindSeatMapAsync(performanceId, ct) is { } map
                    ? new SeatPlanSummary(map.HasSeats, map.WheelchairPlacesAvailable)
                    : SeatPlanSummary.None,
                SummaryCache,
                tags: [$"client:{key}"],
                cancellationToken: cancellationToken);
        }
        catch (VoordeMensenException e)
        {
            logger.LogWarning("The seat plan summary could not be read: {Kind}", e.Kind);
            return SeatPlanSummary.None;
        }
    }
}
