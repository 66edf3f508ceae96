namespace Checkout.Sandbox.Data;

/// <summary>Who holds a seat: a cart (temporarily) or an order (pending payment or sold).</summary>
internal sealed record SeatClaim(Cart? Cart, Order? Order, TicketType TicketType, decimal Price);

internal sealed class Seat(string token, int number, SeatPlace place)
{
    /// <summary>The string id used in carts and seat plans.</summary>
    public string Token => token;

    /// <summary>The integer id used in order status and exports.</summary>
    public int Number => number;

    public SeatPlace Place => place;
    public SeatClaim? Claim { get; set; }

    public bool IsFree => Claim is null && place.Sellable;

    /// <summary>Free for best available: special places (wheelchair, companion, obstructed view) only on request.</summary>
    public bool IsFreeForBestAvailable => IsFree && !place.ChoiceOnly;
}
