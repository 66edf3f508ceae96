using Checkout.VoordeMensen.Carts;
using Checkout.Web.Shell.Clients;

namespace Checkout.Web.Features.Cart;

/// <summary>
/// The visitor's cart. The VdM cart id lives only in the server-side <see cref="CartSession"/>; every change is a
/// <see cref="CartUnitOfWork"/> (under the visitor's lock) and talks to VdM, through <see cref="TicketHolds"/>, only
/// on the visitor's own action (VdM asks not to poll carts).
/// </summary>
public sealed partial class CartService(
    CurrentClient client, CartSessions sessions, TicketHolds holds, SeatHolds seatHolds, SeatRenewal seatRenewal, HoldChecks checks, TimeProvider time)
{
    // The add's redirect reaches the cart page within moments; an answer older than this is read again.
    private static readonly TimeSpan AddAnswerShownWithin = TimeSpan.FromSeconds(10);

    private ShopOptions Shop => client.Settings.Shop;

    /// <summary>The cart as last seen, without calling VdM (for pages that just follow a cart action).</summary>
    public async Task<CartView> GetAsync(CancellationToken cancellationToken) =>
        CartView.Of(await sessions.ReadAsync(cancellationToken), Shop);

    /// <summary>
    /// Reads the cart from VdM: released seats disappear and the selection shows as expired. When VdM cannot say, the
    /// problem is <see cref="CartProblem.Unavailable"/> and the session stays as it was.
    /// </summary>
    public async Task<CartChange> RefreshAsync(CancellationToken cancellationToken)
    {
        await using var unit = await sessions.OpenAsync(cancellationToken);
        return await RefreshAsync(unit, cancellationToken);
    }

    /// <summary>
    /// The cart page opens: as <see cref="RefreshAsync(CancellationToken)"/>, except on the page an add leads to, which
    /// shows the cart VdM just answered to that add (the add and its page are one visitor action; VdM asks for at most
    /// one cart read per action).
    /// </summary>
    public async Task<CartChange> OpenAsync(CancellationToken cancellationToken)
    {
        await using var unit = await sessions.OpenAsync(cancellationToken);
        if (unit.Session.ShowsAddAnswer(time.GetUtcNow(), AddAnswerShownWithin))
        {
            unit.Session = unit.Session.AddAnswerShown();
            return await CommitAsync(unit, cancellationToken);
        }

        return await RefreshAsync(unit, cancellationToken);
    }

    private async Task<CartChange> RefreshAsync(CartUnitOfWork unit, CancellationToken cancellationToken)
    {
        if (unit.Session.CartId is not { } cartId)
        {
            return Unchanged(unit);
        }

        if (await holds.ReadAsync(cartId, cancellationToken) is not { } cart)
        {
            return Unchanged(unit, CartProblem.Unavailable);
        }

        unit.Session = unit.Session.Refreshed(cart);
        return await CommitAsync(unit, cancellationToken);
    }

    /// <summary>
    /// Adds tickets of one or more types for a performance that allows <paramref name="maxPerOrder"/> per order; if VdM
    /// refuses one, the others are taken out again. The caps are checked under the visitor's lock, before VdM is asked.
    /// </summary>
    public async Task<CartChange> AddAsync(int performanceId, int maxPerOrder, IReadOnlyList<TicketRequest> requests, CancellationToken cancellationToken)
    {
        var wanted = requests.Where(r => r.Quantity > 0).Select(r => new TicketItem(performanceId, r.DiscountId, r.Quantity)).ToList();
        await using var unit = await sessions.OpenAsync(cancellationToken);
        if (wanted.Count == 0)
        {
            return Unchanged(unit);
        }

        var check = await checks.BeforeAddingAsync(unit, performanceId, maxPerOrder, wanted.Sum(w => w.Quantity), cancellationToken);
        if (check != CartProblem.None)
        {
            // Shown next to the first ticket type asked for, where the visitor acts; nothing held is touched.
            return Unchanged(unit, check, wanted[0].DiscountId);
        }

        var holding = unit.Session.IsHolding(time.GetUtcNow());
        if (unit.Session.Cart.IsEmpty)
        {
            // New tickets on an empty cart are a new choice: a donation remembered from a lapsed hold is not added.
            await DropDonationAsync(unit, cancellationToken);
        }

        var attempt = await holds.AddAsync(unit.Visitor, unit.Session.CartId, unit.Session.Cart, wanted, cancellationToken);
        if (attempt.CartId is { } cartId && cartId != unit.Session.CartId)
        {
            unit.Session = unit.Session.InNewCart(cartId);
        }

        // A refused attempt on a held cart may have added and taken out tickets: VdM restarted the hold, which counts.
        var hold = attempt.Problem == CartProblem.None || (holding && !attempt.Cart.IsEmpty)
            ? await holds.HoldAsync(attempt.CartId!, attempt.Cart, cancellationToken)
            : null;
        unit.Session = hold is not null && attempt.Problem == CartProblem.None
            ? unit.Session.Added(attempt.Cart, hold, time.GetUtcNow())
            : unit.Session.Refused(attempt.Cart, hold?.End);
        await unit.CommitAsync(cancellationToken);
        return new CartChange(CartView.Of(unit.Session, Shop), attempt.Problem, attempt.FailedDiscountId);
    }

    public async Task<CartChange> RemoveAsync(string seatId, CancellationToken cancellationToken)
    {
        await using var unit = await sessions.OpenAsync(cancellationToken);
        if (unit.Session.CartId is not { } cartId || unit.Session.Cart.Lines.All(l => l.SeatId != seatId))
        {
            return Unchanged(unit);
        }

        // Taking out the last ticket ends the hold; taking out one of several restarts it.
        if (unit.Session.Cart.Lines.Any(l => l.SeatId != seatId) && checks.BeforeExtending(unit.Session) is not CartProblem.None and var limit)
        {
            return Unchanged(unit, limit);
        }

        var (cart, problem) = await holds.RemoveAsync(cartId, seatId, cancellationToken);
        if (cart is null)
        {
            return Unchanged(unit, problem);
        }

        if (cart.IsEmpty)
        {
            // A donation alone is no order: it leaves with the last ticket.
            await DropDonationAsync(unit, cancellationToken);
        }

        unit.Session = unit.Session.Removed(cart, await holds.HoldAsync(cartId, cart, cancellationToken), time.GetUtcNow());
        return await CommitAsync(unit, cancellationToken);
    }

    /// <summary>Forgets the session's donation, and takes it out of the VdM cart if it is there.</summary>
    private async Task DropDonationAsync(CartUnitOfWork unit, CancellationToken cancellationToken)
    {
        if (unit.Session.Donation is not null && unit.Session.CartId is { } cartId)
        {
            // A failure changes nothing for the visitor: VdM refuses an order without tickets, and the hold ends.
            await holds.SetDonationAsync(cartId, null, cancellationToken);
        }

        unit.Session = unit.Session.WithoutDonation();
    }

    private async Task<CartChange> CommitAsync(CartUnitOfWork unit, CancellationToken cancellationToken)
    {
        await unit.CommitAsync(cancellationToken);
        return new CartChange(CartView.Of(unit.Session, Shop));
    }

    /// <summary>The cart as the unit holds it, with why the action did not (fully) happen.</summary>
    private CartChange Unchanged(CartUnitOfWork unit, CartProblem problem = CartProblem.None, string? failedDiscountId = null) =>
        new(CartView.Of(unit.Session, Shop), problem, failedDiscountId);
}
