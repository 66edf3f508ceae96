using System.Text.Json;
using Checkout.Web.Shell.Visitors;
using Microsoft.Extensions.Caching.Distributed;

namespace Checkout.Web.Features.Cart;

/// <summary>
/// Cart sessions in the distributed cache (in memory on one instance, Redis when scaled out), per client and visitor.
/// Not HybridCache: a cart session is private, changes on every action and must never be served from a local copy.
/// Only <see cref="CartSessions"/> changes them; tests read and seed them here.
/// </summary>
public sealed class CartSessionStore(IDistributedCache cache)
{
    private static readonly DistributedCacheEntryOptions Lifetime = new() { SlidingExpiration = TimeSpan.FromDays(2) };
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    public async Task<CartSession> GetAsync(ShopVisitor visitor, CancellationToken cancellationToken)
    {
        var bytes = await cache.GetAsync(Key(visitor), cancellationToken);
        return bytes is null ? CartSession.Empty : JsonSerializer.Deserialize<CartSession>(bytes, Json) ?? CartSession.Empty;
    }

    public Task SaveAsync(ShopVisitor visitor, CartSession session, CancellationToken cancellationToken) =>
        cache.SetAsync(Key(visitor), JsonSerializer.SerializeToUtf8Bytes(session, Json), Lifetime, cancellationToken);

    private static string Key(ShopVisitor visitor) => $"checkout:{visitor.ClientKey}:visitor:{visitor.Id}:cart";
}
