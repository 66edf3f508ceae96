using Checkout.VoordeMensen;
using Checkout.VoordeMensen.Carts;
using Checkout.VoordeMensen.Public;
using Checkout.Web.Shell.Clients;
using Microsoft.Extensions.Caching.Hybrid;

namespace Checkout.Web.Features.Events;

/// <summary>
/// The current client's programme: productions with their published performances, soonest first, and the ticket
/// types of a performance. Cached per client for a short time (VdM asks integrators not to hammer its API);
/// HybridCache collapses concurrent misses into one upstream call.
/// </summary>
public sealed class ProgrammeService(IVoordeMensenClients vdm, CurrentClient client, HybridCache cache)
{
    private static readonly HybridCacheEntryOptions ProgrammeCache = new() { Expiration = TimeSpan.FromSeconds(60), LocalCacheExpiration = TimeSpan.FromSeconds(60) };

    // Ticket types disappear when a per-event cap is used up, so they are kept only briefly.
    private static readonly HybridCacheEntryOptions TicketTypeCache = new() { Expiration = TimeSpan.FromSeconds(20), LocalCacheExpiration = TimeSpan.FromSeconds(20) };

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
        var key = client.Key;
        var productions = await cache.GetOrCreateAsync(
            $"vdm:{key}:productions",
            async ct => new CachedList<Production>(await vdm.For(key).Public.GetProductionsAsync(upcomingOnly: true, ct)),
            ProgrammeCache,
            tags: [$"client:{key}"],
            cancellationToken: cancellationToken);

        return [.. productions.Items
            .Select(p => p with { Performances = [.. p.Performances.Where(e => e.Status == PerformanceStatus.Published).OrderBy(e => e.Start)] })
            .Where(p => p.Performances.Count > 0)
            .OrderBy(p => p.Performances[0].Start)];
    }
}
