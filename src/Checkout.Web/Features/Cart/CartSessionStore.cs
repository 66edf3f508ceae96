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
    private const string Name = "cart";

    public async Task<CartSession> GetAsync(ShopVisitor visitor, CancellationToken cancellationToken)
    {
        switch (await cache.GetVisitorRecordAsync<CartSession>(visitor, Name, cancellationToken))
        {
            case { Version: CartSession.CurrentVersion } session:
                return session;
            case not null:
                logger.LogInformation("A stored cart session of another format was read as empty");
                break;
        }

        return CartSession.Empty;
    }

    public Task SaveAsync(ShopVisitor visitor, CartSession session, CancellationToken cancellationToken) =>
        cache.SetVisitorRecordAsync(visitor, Name, session with { Version = CartSession.CurrentVersion }, Lifetime, cancellationToken);

    public Task RemoveAsync(ShopVisitor visitor, CancellationToken cancellationToken) => cache.RemoveVisitorRecordAsync(visitor, Name, cancellationToken);
}
