using Checkout.Web.Shell.Clients;
using Checkout.Web.Shell.Security;
using Checkout.Web.Shell.Visitors;

namespace Checkout.Web.Features.Cart;

/// <summary>
/// The seats held from one address: per client, across its performances and every visitor of that address (IPv6 per
/// /64, <see cref="AddressGroup"/>), in the shared counters so that all instances see one count. Each visitor's share
/// lasts until their hold ends, so seats leave the count when the hold ends, when they become an order, when they are
/// removed or released, and what a crashed change reserved lapses by itself. The cap spans visitors, so a change
/// reserves here before it asks VdM (atomically, never read-then-write) and settles to what VdM holds afterwards.
/// </summary>
public sealed class AddressHolds(ISharedCounters counters, ClientRegistry clients, TimeProvider time)
{
    /// <summary>
    /// Sets the visitor's share to <paramref name="seats"/> until <paramref name="until"/>; false when the address would
    /// then hold more than <c>Shop:MaxSeatsPerAddress</c> (a share that does not grow is never refused).
    /// </summary>
    public async Task<bool> TryReserveAsync(ShopVisitor visitor, int seats, DateTimeOffset until, CancellationToken cancellationToken) =>
        (await counters.TrySetShareAsync(Key(visitor), visitor.Id, seats, until, Shop(visitor).MaxSeatsPerAddress, cancellationToken)).Accepted;

    /// <summary>Sets the visitor's share to what <paramref name="session"/> holds: what VdM holds is counted, never refused.</summary>
    public Task SettleAsync(ShopVisitor visitor, CartSession session, CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow();
        var seats = session.IsHolding(now) ? session.Cart.TicketCount : 0;
        var until = session.HoldExpiresAt ?? now.AddMinutes(Shop(visitor).HoldMinutes);
        return counters.TrySetShareAsync(Key(visitor), visitor.Id, seats, until, int.MaxValue, cancellationToken);
    }

    private ShopOptions Shop(ShopVisitor visitor) => clients.Get(visitor.ClientKey).Shop;

    private static string Key(ShopVisitor visitor) => $"seats:{visitor.ClientKey}:{AddressGroup.Of(visitor.Address)}";
}
