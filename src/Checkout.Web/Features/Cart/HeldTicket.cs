using Checkout.VoordeMensen.Public;

namespace Checkout.Web.Features.Cart;

/// <summary>
/// A ticket VdM holds for the visitor, as the shop keeps it in the cart session and the order attempt: its own record,
/// so a change in the VdM library never changes what is stored. <see cref="SeatId"/> is opaque and needed to remove it.
/// </summary>
public sealed record HeldTicket
{
    public required string SeatId { get; init; }

    /// <summary>Null for general admission.</summary>
    public string? Row { get; init; }

    /// <summary>Null for general admission.</summary>
    public string? SeatNumber { get; init; }

    /// <summary>Seating-plan section; null when unnumbered.</summary>
    public string? Section { get; init; }

    /// <summary>The performance (VdM's sub event).</summary>
    public required int EventId { get; init; }

    public string EventName { get; init; } = "";
    public string LocationName { get; init; } = "";
    public DateTimeOffset? Start { get; init; }
    public int Quantity { get; init; } = 1;
    public required decimal Price { get; init; }
    public string DiscountId { get; init; } = "";
    public string DiscountName { get; init; } = "";

    public static HeldTicket From(CartLine line) => new()
    {
        SeatId = line.SeatId,
        Row = line.Row,
        SeatNumber = line.SeatNumber,
        Section = line.Section,
        EventId = line.EventId,
        EventName = line.EventName,
        LocationName = line.LocationName,
        Start = line.Start,
        Quantity = line.Quantity,
        Price = line.Price,
        DiscountId = line.DiscountId,
        DiscountName = line.DiscountName,
    };
}
