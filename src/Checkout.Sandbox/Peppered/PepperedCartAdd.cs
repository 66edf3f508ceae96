using Checkout.Sandbox.Data;
using Checkout.Sandbox.Inventory;
using Microsoft.AspNetCore.Http;

namespace Checkout.Sandbox.Peppered;

/// <summary>A Peppered add carries several items; they are added all together or not at all.</summary>
internal static class PepperedCartAdd
{
    private static readonly SaleError BadDonation = new(StatusCodes.Status422UnprocessableEntity, "A donation needs an amount above 0");
    private static readonly SaleError MissingEvent = new(StatusCodes.Status422UnprocessableEntity, "A ticket item needs an eventId");

    public static SaleError? AddAll(VenueScope scope, Cart cart, IReadOnlyList<CartAddItem> items, CartLedger ledger)
    {
        var before = cart.Tickets.Select(t => t.Seat).ToHashSet();
        var donationBefore = cart.Donation;
        foreach (var item in items)
        {
            if (Add(scope, cart, item, ledger) is { } error)
            {
                foreach (var added in cart.Tickets.Select(t => t.Seat).Where(s => !before.Contains(s)).ToList())
                {
                    cart.Release(added);
                }
                cart.Donation = donationBefore;
                return error;
            }
        }
        return null;
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
