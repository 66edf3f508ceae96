using Checkout.VoordeMensen;
using Checkout.VoordeMensen.Peppered.SeatMaps;
using Checkout.Web.Features.Events;
using Checkout.Web.Shell.Caching;
using Checkout.Web.Shell.Clients;
using Microsoft.AspNetCore.OutputCaching;
using Microsoft.Extensions.Caching.Memory;

namespace Checkout.Web.Features.Seats;

/// <summary>
/// What the programme and the event page say about a performance's plan, without an upstream call of their own: a
/// best-available purchase keeps its upstream call budget (<c>UpstreamBudgetTests</c>). Whether wheelchair places can
/// be bought comes from the cached programme (VdM's events list, <see cref="ProgrammeService.GetWheelchairPlacesAsync"/>);
/// where that list does not say, from what the seat page last learned from VdM's plan, kept a few minutes. Seat choice
/// is offered for any performance of a client with a Peppered key until the seat page learned it has no plan (it sends
/// such a performance back to best available).
/// </summary>
public sealed class SeatPlanSummaries(IVoordeMensenClients vdm, CurrentClient client, ProgrammeService programme, IMemoryCache cache, IOutputCacheStore pages)
{
    private static readonly TimeSpan Lifetime = TimeSpan.FromMinutes(2);

    /// <summary>The summary for the event page: known, assumed (Peppered key, not yet learned) or none.</summary>
    public async Task<SeatPlanSummary> ForAsync(int performanceId, CancellationToken cancellationToken) =>
        Combined(performanceId, await programme.GetWheelchairPlacesAsync(cancellationToken));

    /// <summary>Which of <paramref name="performanceIds"/> have a wheelchair place for sale, for the programme page.</summary>
    public async Task<IReadOnlySet<int>> WithWheelchairPlacesAsync(IEnumerable<int> performanceIds, CancellationToken cancellationToken)
    {
        var told = await programme.GetWheelchairPlacesAsync(cancellationToken);
        return performanceIds.Where(id => Combined(id, told).WheelchairPlacesAvailable).ToHashSet();
    }

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

    // VdM's events list, where it says, decides about wheelchair places; a performance without a plan has none.
    private SeatPlanSummary Combined(int performanceId, IReadOnlyDictionary<int, bool> told)
    {
        var summary = Learned(performanceId);
        return summary.HasPlan && told.TryGetValue(performanceId, out var wheelchairPlaces)
            ? summary with { WheelchairPlacesAvailable = wheelchairPlaces }
            : summary;
    }

    private SeatPlanSummary Learned(int performanceId) =>
        cache.TryGetValue(Key(performanceId), out SeatPlanSummary? known) && known is not null ? known
            : vdm.For(client.Key).HasPepperedKey ? SeatPlanSummary.Unknown
            : SeatPlanSummary.None;

    private string Key(int performanceId) => $"seatplan:{client.Key}:{performanceId}";
}
