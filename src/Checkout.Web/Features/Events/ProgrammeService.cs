using Checkout.VoordeMensen;
using Checkout.VoordeMensen.Public;
using Checkout.Web.Features.Clients;
using Microsoft.Extensions.Caching.Hybrid;

namespace Checkout.Web.Features.Events;

/// <summary>
/// The current client's programme: productions with their published performances, soonest first. Cached per client
/// for a short time (VdM asks integrators not to hammer the events endpoint); HybridCache collapses concurrent misses.
/// </summary>
public sealed class ProgrammeService(IVoordeMensenClients vdm, CurrentClient client, HybridCache cache)
{
    private static readonly HybridCacheEntryOptions CacheFor = new() { Expiration = TimeSpan.FromSeconds(60), LocalCacheExpiration = TimeSpan.FromSeconds(60) };

    public async Task<IReadOnlyList<Production>> GetProgrammeAsync(CancellationToken cancellationToken)
    {
        var key = client.Key;
        var productions = await cache.GetOrCreateAsync(
            $"vdm:{key}:productions",
            async ct => await vdm.For(key).Public.GetProductionsAsync(upcomingOnly: true, ct),
            CacheFor,
            cancellationToken: cancellationToken);

        return [.. productions
            .Select(p => p with { Performances = [.. p.Performances.Where(e => e.Status == PerformanceStatus.Published).OrderBy(e => e.Start)] })
            .Where(p => p.Performances.Count > 0)
            .OrderBy(p => p.Performances[0].Start)];
    }
}
