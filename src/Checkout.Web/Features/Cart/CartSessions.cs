using Checkout.Web.Shell.Clients;
using Checkout.Web.Shell.Visitors;

namespace Checkout.Web.Features.Cart;

/// <summary>
/// The one owner of the visitor's cart session. A change opens a <see cref="CartUnitOfWork"/>: the client and visitor
/// of the scope are resolved once, the visitor's lock is taken and the session loaded; the unit saves what the change
/// made of it and releases the lock when disposed. Reading without a change needs no lock.
/// </summary>
public sealed class CartSessions(CurrentClient client, CurrentVisitor visitor, CartSessionStore store, AddressHolds addressHolds, IVisitorLock locks)
{
    /// <summary>The session as last saved, for pages that only show it.</summary>
    public Task<CartSession> ReadAsync(CancellationToken cancellationToken) =>
        store.GetAsync(ShopVisitor.Of(client, visitor), cancellationToken);

    /// <summary>Takes the visitor's lock (waiting for a change in another tab to finish) and loads the session.</summary>
    public async Task<CartUnitOfWork> OpenAsync(CancellationToken cancellationToken)
    {
        var who = ShopVisitor.Of(client, visitor);
        var held = await locks.AcquireAsync(who, cancellationToken);
        try
        {
            return new CartUnitOfWork(who, await store.GetAsync(who, cancellationToken), store, addressHolds, held);
        }
        catch
        {
            await held.DisposeAsync();
            throw;
        }
    }

    /// <summary>
    /// Moves the session of another visitor of this client to this scope's visitor (a one-time link carrying the cart
    /// from an in-app browser into the visitor's own browser); the other visitor keeps an empty session.
    /// <paramref name="claim"/> runs under the other visitor's lock and answers false when the move is no longer
    /// allowed (the link was used meanwhile): then nothing moves.
    /// </summary>
    public async Task<bool> TakeOverAsync(string fromVisitorId, Func<CancellationToken, Task<bool>> claim, CancellationToken cancellationToken)
    {
        var to = ShopVisitor.Of(client, visitor);
        var from = to with { Id = fromVisitorId };
        await using var held = await locks.AcquireAsync(from, cancellationToken);
        if (!await claim(cancellationToken))
        {
            return false;
        }

        if (from.Id != to.Id)
        {
            await store.SaveAsync(to, await store.GetAsync(from, cancellationToken), cancellationToken);
            await store.SaveAsync(from, CartSession.Empty, cancellationToken);
        }

        return true;
    }
}
