using Checkout.Web.Shell.Visitors;

namespace Checkout.Web.Features.Cart;

/// <summary>
/// One change of a visitor's cart session under their lock (opened by <see cref="CartSessions.OpenAsync"/>): set
/// <see cref="Session"/> through the session's named transitions, <see cref="CommitAsync"/> to save, dispose to
/// release the lock. What is not committed is not kept.
/// </summary>
public sealed class CartUnitOfWork(ShopVisitor visitor, CartSession session, CartSessionStore store, IAsyncDisposable held) : IAsyncDisposable
{
    /// <summary>Whose session this is: for the rate limits and the order attempt.</summary>
    public ShopVisitor Visitor => visitor;

    public CartSession Session { get; set; } = session;

    /// <summary>Saves the session as it is now; a unit may commit more than once (e.g. before a slow VdM call).</summary>
    public Task CommitAsync(CancellationToken cancellationToken) => store.SaveAsync(visitor, Session, cancellationToken);

    public ValueTask DisposeAsync() => held.DisposeAsync();
}
