using Checkout.VoordeMensen.Peppered.SeatMaps;
using Checkout.Web.Shell.Visitors;

namespace Checkout.Web.Features.Cart;

/// <summary>Seats the visitor picked on the plan: held in one action, under the same caps and hold rules as best available.</summary>
public sealed partial class CartService
{
    /// <summary>
    /// Holds the seats a browser posted for a performance that allows <paramref name="maxPerOrder"/> per order: each is
    /// checked against the current plan (never trusted), a wheelchair place comes with its companion seat, the caps
    /// are checked under the visitor's lock, and VdM gets all seats in one add. A seat taken meanwhile holds nothing
    /// and is named in <see cref="CartChange.GoneSeats"/>.
    /// </summary>
    public async Task<CartChange> ChooseSeatsAsync(int performanceId, int maxPerOrder, IReadOnlyList<SeatRequest> requests, CancellationToken cancellationToken)
    {
        await using var unit = await sessions.OpenAsync(cancellationToken);
        var (map, mapProblem) = await seatHolds.FindMapAsync(performanceId, cancellationToken);
        if (map is null)
        {
            return Unchanged(unit, mapProblem == CartProblem.None ? CartProblem.NotForSale : mapProblem);
        }

        var wanted = SeatRules.WithCompanions(map, requests);
        if (SeatRules.CompanionWithoutWheelchair(map, wanted))
        {
            return Unchanged(unit, CartProblem.SeatNotAlone);
        }

        var now = time.GetUtcNow();
        var holding = unit.Session.IsHolding(now);
        var heldHere = holding ? unit.Session.Cart.Lines.Where(l => l.EventId == performanceId).Sum(l => l.Quantity) : 0;
        var check = map.Check(wanted, Math.Max(1, maxPerOrder - heldHere));
        if (check.Selection is not { } selection)
        {
            return Unchanged(unit, Problem(check.Problems)) with { GoneSeats = Gone(map, check.Problems) };
        }

        var capped = await checks.BeforeAddingAsync(unit, performanceId, maxPerOrder, selection.Seats.Count, cancellationToken);
        if (capped != CartProblem.None)
        {
            return Unchanged(unit, capped);
        }

        if (unit.Session.Cart.IsEmpty)
        {
            await DropDonationAsync(unit, cancellationToken);
        }

        if (!holding)
        {
            var created = await NewCartAsync(unit.Visitor, cancellationToken);
            if (created.CartId is null)
            {
                return Unchanged(unit, created.Problem);
            }

            unit.Session = unit.Session.InNewCart(created.CartId);
        }

        var cartId = unit.Session.CartId!;
        var attempt = await seatHolds.HoldAsync(cartId, selection, cancellationToken);
        if (attempt.Problem != CartProblem.None)
        {
            // The add touched a held cart: VdM restarted its hold, which counts (as for best available).
            var restarted = holding ? await holds.HoldAsync(cartId, unit.Session.Cart, cancellationToken) : null;
            unit.Session = unit.Session.Refused(unit.Session.Cart, restarted?.End);
            await unit.CommitAsync(cancellationToken);
            return Unchanged(unit, attempt.Problem) with { GoneSeats = attempt.Gone };
        }

        var cart = await ReadHeldAsync(cartId, WithSeats(unit.Session.Cart, selection), cancellationToken);
        var hold = await holds.HoldAsync(cartId, cart, cancellationToken);
        var chosen = selection.Seats.Select(c => c.Seat.Id).ToHashSet(StringComparer.Ordinal);
        unit.Session = unit.Session.SeatsChosen(chosen).Added(cart, hold, time.GetUtcNow());
        return await CommitAsync(unit, cancellationToken) with { HeldSeats = [.. cart.Lines.Where(l => chosen.Contains(l.SeatId))] };
    }

    /// <summary>
    /// For a renewal or reservation with chosen seats: the old cart lets go of them first (VdM holds a seat in one cart
    /// at a time), then they are held again in the fresh cart, or their closest equivalents.
    /// </summary>
    private async Task<SeatRenewalResult> HoldChosenAgainAsync(
        CartUnitOfWork unit, CartAttempt attempt, IReadOnlyList<TicketSelection> selection, CancellationToken cancellationToken)
    {
        var chosen = selection.Where(s => s.IsChosenSeats).ToList();
        if (chosen.Count == 0)
        {
            return new SeatRenewalResult(CartProblem.None, [], []);
        }

        if (unit.Session.HeldCartId is { } oldCartId)
        {
            await holds.ReleaseAsync(oldCartId, unit.Session.Cart, cancellationToken);
            unit.Session = unit.Session.Refreshed(HeldCart.Empty);
        }

        return await seatRenewal.HoldAgainAsync(attempt.CartId!, chosen, cancellationToken);
    }

    private async Task<CartAttempt> NewCartAsync(ShopVisitor visitor, CancellationToken cancellationToken)
    {
        var (cartId, problem) = await holds.CreateAsync(visitor, cancellationToken);
        return new CartAttempt(HeldCart.Empty, cartId, problem);
    }

    /// <summary>The cart as VdM holds it after seats were added; what the shop knows it holds when VdM cannot say.</summary>
    private async Task<HeldCart> ReadHeldAsync(string cartId, HeldCart known, CancellationToken cancellationToken) =>
        await holds.ReadAsync(cartId, cancellationToken) ?? known;

    private static HeldCart WithSeats(HeldCart cart, SeatSelection selection) => new(
        [.. cart.Lines, .. selection.Seats.Select(c => new HeldTicket
        {
            SeatId = c.Seat.Id,
            Row = c.Seat.Row.ToString(System.Globalization.CultureInfo.InvariantCulture),
            SeatNumber = c.Seat.Number.ToString(System.Globalization.CultureInfo.InvariantCulture),
            Section = c.Seat.SectionName,
            EventId = selection.EventId,
            Price = c.Price.Amount,
            DiscountId = c.Price.PriceId,
            DiscountName = c.Price.Name,
        })],
        cart.Total + selection.Seats.Sum(c => c.Price.Amount));

    private static CartProblem Problem(IReadOnlyList<SeatProblem> problems) => problems.Select(p => p.Kind).FirstOrDefault() switch
    {
        _ when problems.Any(p => p.Kind == SeatProblemKind.Taken) => CartProblem.SeatTaken,
        SeatProblemKind.TooMany => CartProblem.LimitReached,
        _ => CartProblem.Rejected,
    };

    private static IReadOnlyList<SeatPlace> Gone(SeatMap map, IReadOnlyList<SeatProblem> problems) =>
        [.. problems.Where(p => p.Kind == SeatProblemKind.Taken).Select(p => map.Find(p.SeatId)).OfType<SeatMapSeat>().Select(SeatPlace.Of)];
}
