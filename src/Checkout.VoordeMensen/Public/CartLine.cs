namespace Checkout.VoordeMensen.Public;

/// <summary>One held ticket. <see cref="SeatId"/> is opaque and needed to remove it.</summary>
public sealed record CartLine
{
    public required string SeatId { get; init; }

    /// <summary>Null for general admission (VdM sends "0").</summary>
    public string? Row { get; init; }

    /// <summary>Null for general admission (VdM sends "0").</summary>
    public string? SeatNumber { get; init; }

    /// <summary>Seating-plan section (pmp_name); null when unnumbered.</summary>
    public string? Section { get; init; }

    public required int EventId { get; init; }
    public string EventName { get; init; } = "";
    public string LocationName { get; init; } = "";
    public DateTimeOffset? Start { get; init; }
    public int Quantity { get; init; } = 1;
    public required decimal Price { get; init; }
    public string CategoryName { get; init; } = "";
    public string DiscountId { get; init; } = "";
    public string DiscountName { get; init; } = "";
}
