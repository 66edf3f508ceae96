using Checkout.VoordeMensen.Carts;

namespace Checkout.Web.Features.Cart;

/// <summary>Holding the same selection again: a renewal of a running hold, or a reservation after it ended.</summary>
public sealed partial class CartService
{
    /// <summary>
    /// Renews the hold of the same selection (or re-reserves it after expiry) with documented calls only: the
    /// selection is reserved in a fresh cart first, and only then are the old seats released, so a failed renewal
    /// leaves the visitor with what they had. A renewal is an extension (<see cref="HoldPolicy"/>).
    /// </summary>
    public async Task<CartChange> RenewAsync(CancellationToken cancellationToken)
    {
        await using var unit = await sessions.OpenAsync(cancellationToken);
        var session = unit.Session;
        if (session.Selection.Count == 0)
        {
            return Unchanged(unit);
        }

        if (checks.BeforeExtending(session) is not CartProblem.None and var limit)
        {
            return Unchanged(unit, limit);
        }

        return await ReplaceCartAsync(unit, session.Selection, session.SelectionLines, session.IsHolding(time.GetUtcNow()), cancellationToken);
    }

    /// <summary>Reserves a remembered selection (e.g. of a cancelled order) with its donation as the visitor's new cart.</summary>
    public async Task<CartChange> ReserveAsync(
        IReadOnlyList<TicketSelection> selection, IReadOnlyList<HeldTicket> lines, decimal? donation, CancellationToken cancellationToken)
    {
        await using var unit = await sessions.OpenAsync(cancellationToken);
        unit.Session = unit.Session.WithDonation(donation);
        return await ReplaceCartAsync(unit, selection, lines, renewal: false, cancellationToken);
    }

    /// <summary>
    /// Reserves <paramref name="selection"/> in a fresh cart with the session's donation, then releases the seats the
    /// session held; chosen seats are held again after the old cart let go of them (<see cref="SeatRenewal"/>). On a
    /// refusal nothing changes, except that a visitor without held seats keeps the selection to try again.
    /// </summary>
    private async Task<CartChange> ReplaceCartAsync(
        CartUnitOfWork unit, IReadOnlyList<TicketSelection> selection, IReadOnlyList<HeldTicket> lines, bool renewal, CancellationToken cancellationToken)
    {
        var bestAvailable = selection.Where(s => !s.IsChosenSeats).Select(s => s.ToItem()).ToList();
        var problem = await checks.BeforeHoldingAsync(unit, TicketSelection.TicketCount(selection), cancellationToken);
        var attempt = problem != CartProblem.None ? null
            : bestAvailable.Count > 0 ? await holds.AddAsync(unit.Visitor, null, HeldCart.Empty, bestAvailable, cancellationToken)
            : await NewCartAsync(unit.Visitor, cancellationToken);
        problem = attempt?.Problem ?? problem;
        var seats = problem == CartProblem.None ? await HoldChosenAgainAsync(unit, attempt!, selection, cancellationToken) : null;
        problem = seats?.Problem ?? problem;
        var cart = attempt?.Cart ?? HeldCart.Empty;
        if (problem == CartProblem.None && seats!.SeatIds.Count > 0)
        {
            cart = await ReadHeldAsync(attempt!.CartId!, cart, cancellationToken);
        }

        if (problem == CartProblem.None && unit.Session.Donation is { } donation)
        {
            problem = (await holds.SetDonationAsync(attempt!.CartId!, donation, cancellationToken)).Problem;
        }

        if (problem != CartProblem.None)
        {
            if (attempt?.CartId is { } fresh)
            {
                await holds.ReleaseAsync(fresh, cart, cancellationToken);
            }

            if (unit.Session.Cart.IsEmpty)
            {
                unit.Session = unit.Session.Remembering(selection, lines);
                await unit.CommitAsync(cancellationToken);
            }

            return Unchanged(unit, problem, attempt?.FailedDiscountId);
        }

        if (unit.Session.HeldCartId is { } oldCartId)
        {
            await holds.ReleaseAsync(oldCartId, unit.Session.Cart, cancellationToken);
        }

        var hold = await holds.HoldAsync(attempt!.CartId!, cart, cancellationToken);
        unit.Session = unit.Session.SeatsChosen(seats!.SeatIds).Replaced(attempt.CartId!, cart, renewal, hold, time.GetUtcNow()).WithSeatSwaps(seats.Swaps);
        return await CommitAsync(unit, cancellationToken);
    }
}
