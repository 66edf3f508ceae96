using Checkout.VoordeMensen;
using Checkout.VoordeMensen.Carts;
using Checkout.VoordeMensen.Public;
using Checkout.Web.Shell.Clients;
using Microsoft.Extensions.Caching.Hybrid;

namespace Checkout.Web.Features.Events;

/// <summary>
/// The current client's programme: productions with their published performances, soonest first, whether a
/// performance has wheelchair places for sale, and the ticket types of a performance. Cached per client for a short
/// time (VdM asks integrators not to hammer its API); HybridCache collapses concurrent misses into one upstream call.
/// </summary>
public sealed class ProgrammeService(IVoordeMensenClients vdm, CurrentClient client, HybridCache cache, TimeProvider time, ILogger<ProgrammeService> logger)
{
    private static readonly HybridCacheEntryOptions ProgrammeCache = new() { Expiration = TimeSpan.FromSeconds(60), LocalCacheExpiration = TimeSpan.FromSeconds(60) };

    // Ticket types disappear when a per-event cap is used up, so they are kept only briefly.
    private static readonly HybridCacheEntryOptions TicketTypeCache = new() { Expiration = TimeSpan.FromSeconds(20), LocalCacheExpiration = TimeSpan.FromSeconds(20) };

    private static readonly IReadOnlyDictionary<int, bool> NoneSaid = new Dictionary<int, bool>();

    /// <summary>The productions with published performances, soonest first; or why VdM could not list them.</summary>
    public Task<VdmResult<IReadOnlyList<Production>>> GetProgrammeAsync(CancellationToken cancellationToken) =>
        VdmResults.ReadAsync(() => ProgrammeAsync(cancellationToken));

    /// <summary>A published, upcoming performance with its production (null when there is none with this id); or why VdM could not say.</summary>
    public Task<VdmResult<(Production Production, Performance Performance)?>> FindPerformanceAsync(int performanceId, CancellationToken cancellationToken) =>
        VdmResults.ReadAsync(async () =>
        {
            foreach (var production in await ProgrammeAsync(cancellationToken))
            {
                if (production.Performances.FirstOrDefault(p => p.Id == performanceId) is { } performance)
                {
                    return ((Production, Performance)?)(production, performance);
                }
            }

            return null;
        });

    /// <summary>
    /// Whether a wheelchair place of a performance can be bought now, for the performances VdM said it of in the
    /// cached programme's refresh (none without a Peppered key, or when VdM's events list did not say: the seat page's
    /// plan tells then). Never a count.
    /// </summary>
    public async Task<IReadOnlyDictionary<int, bool>> GetWheelchairPlacesAsync(CancellationToken cancellationToken)
    {
        var read = await VdmResults.ReadAsync(() => CachedAsync(cancellationToken).AsTask());
        return read.Value?.WheelchairPlaces ?? NoneSaid;
    }

    /// <summary>The ticket types on sale for a performance; or why VdM could not list them.</summary>
    public Task<VdmResult<IReadOnlyList<TicketType>>> GetTicketTypesAsync(int performanceId, CancellationToken cancellationToken)
    {
        var key = client.Key;
        return VdmResults.ReadAsync(async () => (await cache.GetOrCreateAsync(
            $"vdm:{key}:tickettypes:{performanceId}",
            async ct => new CachedList<TicketType>(await vdm.For(key).Public.GetTicketTypesAsync(performanceId, ct)),
            TicketTypeCache,
            tags: [$"client:{key}"],
            cancellationToken: cancellationToken)).Items);
    }

    private async Task<IReadOnlyList<Production>> ProgrammeAsync(CancellationToken cancellationToken)
    {
        var programme = await CachedAsync(cancellationToken);
        return [.. programme.Productions
            .Select(p => p with { Performances = [.. p.Performances.Where(e => e.Status == PerformanceStatus.Published).OrderBy(e => e.Start)] })
            .Where(p => p.Performances.Count > 0)
            .OrderBy(p => p.Performances[0].Start)];
    }

    private ValueTask<CachedProgramme> CachedAsync(CancellationToken cancellationToken)
    {
        var key = client.Key;
        return cache.GetOrCreateAsync(
            $"vdm:{key}:programme",
            async ct =>
            {
                var wheelchairPlaces = WheelchairPlacesAsync(key, ct);
                var productions = await vdm.For(key).Public.GetProductionsAsync(upcomingOnly: true, ct);
                return new CachedProgramme(productions, await wheelchairPlaces);
            },
            ProgrammeCache,
            tags: [$"client:{key}"],
            cancellationToken: cancellationToken);
    }

    // One Peppered events-list call per programme refresh, alongside the public one: its blockAvailability tells which
    // performances have a wheelchair place for sale. It is optional (docs/vdm-assumptions.md): when it fails or says
    // nothing, the programme stands and the seat page's plan tells instead.
    private async Task<IReadOnlyDictionary<int, bool>> WheelchairPlacesAsync(string key, CancellationToken cancellationToken)
    {
        var vdmClient = vdm.For(key);
        if (!vdmClient.HasPepperedKey)
        {
            return NoneSaid;
        }

        var today = Checkout.TimeZones.AmsterdamTimeZone.DateOf(time.GetUtcNow());
        var events = await VdmResults.ReadAsync(() => vdmClient.Peppered.GetEventsAsync(today, null, cancellationToken));
        if (!events.Succeeded)
        {
            logger.LogWarning("Peppered events unavailable for the programme's wheelchair places: {Refusal}", events.Refusal);
            return NoneSaid;
        }

        return events.Value!
            .Where(e => e.Availability.WheelchairPlacesBuyable is not null)
            .DistinctBy(e => e.Id)
            .ToDictionary(e => e.Id, e => e.Availability.WheelchairPlacesBuyable!.Value);
    }
}
