using Checkout.Web.Shell.Visitors;

namespace Checkout.Web.Features.Cart;

/// <summary>
/// One change of a visitor's cart session under their lock (opened by <see cref="CartSessions.OpenAsync"/>): set
/// <see cref="Session"/> through the session's named transitions, <see cref="CommitAsync"/> to save, dispose to
/// release the lock. What is not committed is not kept. The seats the session holds are kept in step with
/// <see cref="AddressHolds"/>: a commit that changes them settles the address's count, and seats reserved for a change
/// that was never committed are given back when the unit ends.
/// </summary>
public sealed class CartUnitOfWork(
    ShopVisitor visitor, CartSession session, CartSessionStore store, AddressHolds addressHolds, IAsyncDisposable held) : IAsyncDisposable
{
    private CartSession saved = session;
    private bool reserved;

    /// <summary>Whose session this is: for the rate limits and the order attempt.</summary>
    public ShopVisitor Visitor => visitor;

    public CartSession Session { get; set; } = session;

    /// <summary>
    /// Reserves <paramref name="seats"/> (all the visitor will hold after the change) in the address's count before VdM
    /// is asked; false when the address would hold more than it may.
    /// </summary>
    public async Task<bool> TryReserveSeatsAsync(int seats, DateTimeOffset until, CancellationToken cancellationToken)
    {
        reserved = true;
        return await addressHolds.TryReserveAsync(visitor, seats, until, cancellationToken);
    }

    /// <summary>Saves the session as it is now; a unit may commit more than once (e.g. before a slow VdM call).</summary>
    public async Task CommitAsync(CancellationToken cancellationToken)
    {
        await store.SaveAsync(visitor, Session, cancellationToken);
        var before = saved;
        saved = Session;
        if (reserved || before.Cart.TicketCount != saved.Cart.TicketCount || before.HoldExpiresAt != saved.HoldExpiresAt)
        {
            await addressHolds.SettleAsync(visitor, saved, cancellationToken);
            reserved = false;
        }
    }

    public async ValueTask DisposeAsync()
    {
        try
        {
            if (reserved)
            {
                await addressHolds.SettleAsync(visitor, saved, CancellationToken.None);
            }
        }
        finally
        {
            await held.DisposeAsync();
        }
    }
}
