using System.Text.Json;
using Microsoft.Extensions.Caching.Distributed;

namespace Checkout.Web.Features.Cart;

/// <summary>
/// Cart sessions in the distributed cache (in memory on one instance, Redis when scaled out), per client and visitor.
/// Not HybridCache: a cart session is private, changes on every action and must never be served from a local copy.
/// </summary>
public sealed class CartSessionStore(IDistributedCache cache)
{
    private static readonly DistributedCacheEntryOptions Lifetime = new() { SlidingExpiration = TimeSpan.FromDays(2) };
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    public async Task<CartSession> GetAsync(string clientKey, string visitorId, CancellationToken cancellationToken)
    {
        var bytes = await cache.GetAsync(Key(clientKey, visitorId), cancellationToken);
        return bytes is null ? CartSession.Empty : JsonSerializer.Deserialize<CartSession>(bytes, Json) ?? CartSession.Empty;
    }

    public Task SaveAsync(string clientKey, string visitorId, CartSession session, CancellationToken cancellationToken) =>
        cache.SetAsync(Key(clientKey, visitorId), JsonSerializer.SerializeToUtf8Bytes(session, Json), Lifetime, cancellationToken);

    private static string Key(string clientKey, string visitorId) => $"checkout:{clientKey}:visitor:{visitorId}:cart";
}
