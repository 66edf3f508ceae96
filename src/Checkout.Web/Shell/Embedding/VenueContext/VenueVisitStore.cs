using Checkout.Web.Shell.Visitors;
using Microsoft.Extensions.Caching.Distributed;

namespace Checkout.Web.Shell.Embedding.VenueContext;

/// <summary>
/// Venue visits in the distributed cache (memory, or Redis when scaled out), per client and visitor, next to the cart
/// session. A visit of another format (after an upgrade, a damaged entry) counts as empty: nothing of it is essential.
/// </summary>
public sealed class VenueVisitStore(IDistributedCache cache)
{
    private static readonly DistributedCacheEntryOptions Lifetime = new() { SlidingExpiration = TimeSpan.FromDays(1) };
    private const string Name = "venue";

    public async Task<VenueVisit> GetAsync(ShopVisitor visitor, CancellationToken cancellationToken) =>
        await cache.GetVisitorRecordAsync<VenueVisit>(visitor, Name, cancellationToken) is { Version: VenueVisit.CurrentVersion } visit ? visit : VenueVisit.Empty;

    public Task SaveAsync(ShopVisitor visitor, VenueVisit visit, CancellationToken cancellationToken) =>
        cache.SetVisitorRecordAsync(visitor, Name, visit with { Version = VenueVisit.CurrentVersion }, Lifetime, cancellationToken);
}
