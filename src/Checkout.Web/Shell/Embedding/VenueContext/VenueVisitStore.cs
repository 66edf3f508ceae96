using System.Text.Json;
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
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    public async Task<VenueVisit> GetAsync(ShopVisitor visitor, CancellationToken cancellationToken)
    {
        var bytes = await cache.GetAsync(Key(visitor), cancellationToken);
        if (bytes is null)
        {
            return VenueVisit.Empty;
        }

        try
        {
            return JsonSerializer.Deserialize<VenueVisit>(bytes, Json) is { Version: VenueVisit.CurrentVersion } visit ? visit : VenueVisit.Empty;
        }
        catch (JsonException)
        {
            return VenueVisit.Empty;
        }
    }

    public Task SaveAsync(ShopVisitor visitor, VenueVisit visit, CancellationToken cancellationToken) =>
        cache.SetAsync(Key(visitor), JsonSerializer.SerializeToUtf8Bytes(visit with { Version = VenueVisit.CurrentVersion }, Json), Lifetime, cancellationToken);

    private static string Key(ShopVisitor visitor) => $"checkout:{visitor.ClientKey}:visitor:{visitor.Id}:venue";
}
