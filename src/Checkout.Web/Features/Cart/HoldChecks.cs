using Checkout.Web.Shell.Clients;

namespace Checkout.Web.Features.Cart;

/// <summary>
/// What a change checks under the visitor's lock, from the session as it is now, before it reaches VdM: the
/// performance's per-order maximum, the seats one visitor and one address may hold at once, and whether the held
/// selection may be extended (<see cref="HoldPolicy"/>). Read before the lock, a parallel post (another tab, another
/// instance) could slip past each of them.
/// </summary>
public sealed class HoldChecks(CurrentClient client, TimeProvider time)
{
    private ShopOptions Shop => client.Settings.Shop;

    /// <summary>Adding <paramref name="count"/> tickets of a performance that allows <paramref name="maxPerOrder"/> per order.</summary>
    public async Task<CartProblem> BeforeAddingAsync(CartUnitOfWork unit, int performanceId, int maxPerOrder, int count, CancellationToken cancellationToken)
    {
        var session = unit.Session;
        var holding = session.IsHolding(time.GetUtcNow());
        var ofPerformance = holding ? session.Cart.Lines.Where(l => l.EventId == performanceId).Sum(l => l.Quantity) : 0;
        if (ofPerformance + count > maxPerOrder)
        {
            return CartProblem.LimitReached;
        }

        return BeforeExtending(session) is not CartProblem.None and var problem
            ? problem
            : await BeforeHoldingAsync(unit, (holding ? session.Cart.TicketCount : 0) + count, cancellationToken);
    }

    /// <summary>A change that restarts the hold of what the session holds (renewal, removal, donation).</summary>
    public CartProblem BeforeExtending(CartSession session)
    {
        var now = time.GetUtcNow();
        return session.IsHolding(now) && !HoldPolicy.MayExtend(session, Shop, now) ? CartProblem.HoldLimitReached : CartProblem.None;
    }

    /// <summary>
    /// The visitor is about to hold <paramref name="seats"/> in all: within their own cap, and reserved in their address's
    /// count (settled to what VdM then holds when the unit commits, given back when it does not).
    /// </summary>
    public async Task<CartProblem> BeforeHoldingAsync(CartUnitOfWork unit, int seats, CancellationToken cancellationToken)
    {
        if (seats > Shop.MaxSeatsPerVisitor)
        {
            return CartProblem.SeatsPerVisitorReached;
        }

        var newHold = time.GetUtcNow().AddMinutes(Shop.HoldMinutes);
        var until = unit.Session.HoldExpiresAt is { } end && end > newHold ? end : newHold;
        return await unit.TryReserveSeatsAsync(seats, until, cancellationToken) ? CartProblem.None : CartProblem.SeatsPerAddressReached;
    }
}
