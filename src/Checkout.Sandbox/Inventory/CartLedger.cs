using Checkout.Sandbox.Data;
using Checkout.Sandbox.Hosting;
using Microsoft.Extensions.Options;

namespace Checkout.Sandbox.Inventory;

/// <summary>
/// Puts seats into carts and takes them out. Callers hold the venue's <see cref="VenueScope"/>, so
/// the availability check and the hold are one atomic step: the last seat can only be sold once.
/// </summary>
internal sealed class CartLedger(IOptions<SandboxOptions> options)
{
    private TimeSpan Hold => TimeSpan.FromMinutes(options.Value.HoldMinutes);

    /// <summary>Adds <paramref name="count"/> tickets on the best free places, optionally within one price rank.</summary>
    public SaleError? AddBestAvailable(VenueScope scope, Cart cart, int performanceId, int count, string? ticketTypeId, int? rankId = null)
    {
        if (Check(scope, cart, performanceId, count, ticketTypeId, out var performance, out var type) is { } error)
        {
            return error;
        }
        var ranks = performance.Hall.Ranks.Select(r => r.RankId).ToList();
        var seats = performance.Seats
            .Where(s => s.IsFreeForBestAvailable && (rankId is null or 0 || s.Place.RankId == rankId))
            .OrderBy(s => ranks.IndexOf(s.Place.RankId))
            .Take(count)
            .ToList();
        if (seats.Count < count)
        {
            return SaleError.NotEnoughTickets;
        }
        Claim(scope, cart, performance, type, seats);
        return null;
    }

    /// <summary>Adds one specific seat, as picked on a Peppered seat plan (special places included).</summary>
    public SaleError? AddSeat(VenueScope scope, Cart cart, int performanceId, string seatId, string? ticketTypeId)
    {
        if (Check(scope, cart, performanceId, 1, ticketTypeId, out var performance, out var type) is { } error)
        {
            return error;
        }
        var seat = performance.Seats.FirstOrDefault(s => s.Token == seatId);
        if (seat is null || !seat.IsFree)
        {
            return seat is null ? SaleError.SeatNotFound : SaleError.SeatUnavailable;
        }
        Claim(scope, cart, performance, type, [seat]);
        return null;
    }

    /// <summary>Removes a ticket by its seat id, or the donation by the item id "donation".</summary>
    public bool Remove(VenueScope scope, Cart cart, string seatId)
    {
        if (seatId == Cart.DonationItemId && cart.Donation > 0)
        {
            cart.Donation = 0;
            cart.Touch(scope.Now, Hold);
            return true;
        }
        var seat = cart.Tickets.Select(t => t.Seat).FirstOrDefault(s => s.Token == seatId);
        if (seat is null)
        {
            return false;
        }
        cart.Release(seat);
        cart.Touch(scope.Now, Hold);
        return true;
    }

    public void AddDonation(VenueScope scope, Cart cart, decimal amount)
    {
        cart.Donation += amount;
        cart.Touch(scope.Now, Hold);
    }

    private static SaleError? Check(
        VenueScope scope, Cart cart, int performanceId, int count, string? ticketTypeId,
        out Performance performance, out TicketType type)
    {
        type = null!;
        if (!scope.Venue.Performances.TryGetValue(performanceId, out performance!))
        {
            return SaleError.EventNotFound;
        }
        if (!performance.OnSale)
        {
            return SaleError.NotForSale;
        }
        var candidate = performance.TicketTypes.FirstOrDefault(t => t.Id == ticketTypeId);
        if (candidate is null || candidate.PerEventCap is { } eventCap && performance.ClaimedWith(candidate) + count > eventCap)
        {
            return SaleError.TicketTypeUnavailable;
        }
        if (count < 1)
        {
            return SaleError.BadQuantity;
        }
        var target = performance;
        var inCart = cart.Tickets.Where(t => t.Performance == target).ToList();
        if (inCart.Count + count > performance.MaxPerOrder)
        {
            return SaleError.OrderMaximum(performance.MaxPerOrder);
        }
        if (candidate.PerOrderCap is { } orderCap && inCart.Count(t => t.Seat.Claim?.TicketType == candidate) + count > orderCap)
        {
            return SaleError.TicketTypeMaximum(candidate.Name, orderCap);
        }
        type = candidate;
        return null;
    }

    private void Claim(VenueScope scope, Cart cart, Performance performance, TicketType type, IEnumerable<Seat> seats)
    {
        foreach (var seat in seats)
        {
            seat.Claim = new SeatClaim(cart, null, type, type.PriceFor(performance.PriceFor(seat.Place.RankId)));
            cart.Tickets.Add((seat, performance));
        }
        cart.Touch(scope.Now, Hold);
    }
}
