using System.Text.Json;
using Checkout.Web.Shell.Visitors;
using Microsoft.Extensions.Caching.Distributed;

namespace Checkout.Web.Features.Cart;

/// <summary>
/// Cart sessions in the distributed cache (in memory on one instance, Redis when scaled out), per client and visitor.
/// Not HybridCache: a cart session is private, changes on every action and must never be served from a local copy.
/// Only <see cref="CartSessions"/> changes them. A session that cannot be read as the current
/// <see cref="CartSession.Version"/> (an older format after an upgrade, a damaged entry) counts as empty: the visitor
/// starts again, and VdM releases whatever that session held when its hold ends.
/// </summary>
public sealed class CartSessionStore(IDistributedCache cache, ILogger<CartSessionStore> logger)
{
    private static readonly DistributedCacheEntryOptions Lifetime = new() { SlidingExpiration = TimeSpan.FromDays(2) };
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    public async Task<CartSession> GetAsync(ShopVisitor visitor, CancellationToken cancellationToken)
    {
        var bytes = await cache.GetAsync(Key(visitor), cancellationToken);
        if (bytes is null)
        {
            return CartSession.Empty;
        }

        try
        {
            if (JsonSerializer.Deserialize<CartSession>(bytes, Json) is { Version: CartSession.CurrentVersion } session)
            {
                return session;
            }
        }
        catch (JsonException)
        {
            // Read as empty below, like a session of another version.
        }

        logger.LogInformation("A stored cart session of another format was read as empty");
        return CartSession.Empty;
    }

    public Task SaveAsync(ShopVisitor visitor, CartSession session, CancellationToken cancellationToken) =>
        cache.SetAsync(Key(visitor), JsonSerializer.SerializeToUtf8Bytes(session with { Version = CartSession.CurrentVersion }, Json), Lifetime, cancellationToken);

    public Task RemoveAsync(ShopVisitor visitor, CancellationToken cancellationToken) => cache.RemoveAsync(Key(visitor), cancellationToken);

    private static string Key(ShopVisitor visitor) => $"checkout:{visitor.ClientKey}:visitor:{visitor.Id}:cart";
}
