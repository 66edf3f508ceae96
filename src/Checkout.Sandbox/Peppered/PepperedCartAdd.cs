using Checkout.Sandbox.Data;
using Checkout.Sandbox.Inventory;
using Microsoft.AspNetCore.Http;

namespace Checkout.Sandbox.Peppered;

/// <summary>
/// A Peppered add carries several items; they are added all together or not at all. Picked seats are checked
/// first, so a refusal names every seat that cannot be had, by its index in the request ("1.seatId").
/// </summary>
internal static class PepperedCartAdd
{
    private static readonly SaleError BadDonation = new(StatusCodes.Status422UnprocessableEntity, "A donation needs an amount above 0");
    private static readonly SaleError MissingEvent = new(StatusCodes.Status422UnprocessableEntity, "A ticket item needs an eventId");

    public static SaleError? AddAll(VenueScope scope, Cart cart, IReadOnlyList<CartAddItem> items, CartLedger ledger)
    {
        if (SeatProblems(scope, items) is { } refused)
        {
            return refused;
        }
        var mark = cart.Mark();
        foreach (var item in items)
        {
            if (Add(scope, cart, item, ledger) is { } error)
            {
                cart.RollBack(mark);
                return error;
            }
        }
        return null;
    }

    private static SaleError? SeatProblems(VenueScope scope, IReadOnlyList<CartAddItem> items)
    {
        var problems = new Dictionary<string, string[]>();
        var taken = false;
        var seen = new HashSet<string>(StringComparer.Ordinal);
        for (var i = 0; i < items.Count; i++)
        {
            var item = items[i];
            if (item.SeatId is not { Length: > 0 } seatId || item.EventId is not { } eventId
                || !scope.Venue.Performances.TryGetValue(eventId, out var performance))
            {
                continue;
            }
            var seat = performance.Seats.FirstOrDefault(s => s.Token == seatId && s.Place.Row > 0);
            var problem = seat is null ? $"Seat {seatId} does not exist for event {eventId}"
                : !seen.Add(seatId) ? $"Seat {seatId} is requested more than once"
                : !seat.IsFree ? $"Seat {seatId} is not available"
                : item.RankId is { } rankId && rankId != seat.Place.RankId ? $"Seat {seatId} is in rank {seat.Place.RankId}, not {rankId}"
                : null;
            if (problem is not null)
            {
                taken |= seat is { IsFree: false };
                problems[$"{i}.seatId"] = [problem];
            }
        }
        return problems.Count == 0 ? null : (taken ? SaleError.SeatUnavailable : SaleError.SeatNotFound) with { Errors = problems };
    }

    private static SaleError? Add(VenueScope scope, Cart cart, CartAddItem item, CartLedger ledger)
    {
        if (item.PriceId == Cart.DonationItemId)
        {
            if (item.Amount is not > 0)
            {
                return BadDonation;
            }
            ledger.AddDonation(scope, cart, item.Amount.Value);
            return null;
        }
        if (item.EventId is not { } eventId)
        {
            return MissingEvent;
        }
        return item.SeatId is { Length: > 0 } seatId
            ? ledger.AddSeat(scope, cart, eventId, seatId, item.PriceId)
            : ledger.AddBestAvailable(scope, cart, eventId, item.NumberOfTickets ?? 1, item.PriceId, item.RankId);
    }
}
