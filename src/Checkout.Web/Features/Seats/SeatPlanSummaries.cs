using Checkout.VoordeMensen;
using Checkout.VoordeMensen.Peppered.SeatMaps;
using Checkout.Web.Shell.Clients;
using Microsoft.Extensions.Caching.Memory;

namespace Checkout.Web.Features.Seats;

/// <summary>
/// What the event page says about a performance's plan, without an upstream call: a best-available purchase keeps its
/// upstream call budget (<c>UpstreamBudgetTests</c>). It shows what the seat page last learned from VdM's plan, kept
/// a few minutes; before that, the entry to seat choice for any performance of a client with a Peppered key (the
/// seat page sends a performance without a plan back to best available).
/// </summary>
public sealed class SeatPlanSummaries(IVoordeMensenClients vdm, CurrentClient client, IMemoryCache cache)
{
    private static readonly TimeSpan Lifetime = TimeSpan.FromMinutes(2);

    /// <summary>The summary for the event page: known, assumed (Peppered key, not yet learned) or none.</summary>
    public SeatPlanSummary For(int performanceId) =>
        cache.TryGetValue(Key(performanceId), out SeatPlanSummary? known) && known is not null ? known
            : vdm.For(client.Key).HasPepperedKey ? SeatPlanSummary.Unknown
            : SeatPlanSummary.None;

    /// <summary>Remembers what VdM's plan (null: none) says, read by the seat page anyway.</summary>
    public void Learn(int performanceId, SeatMap? map) =>
        cache.Set(Key(performanceId), map is { HasSeats: true } ? new SeatPlanSummary(true, map.WheelchairPlacesAvailable) : SeatPlanSummary.None, Lifetime);

    private string Key(int performanceId) => $"seatplan:{client.Key}:{performanceId}";
}
