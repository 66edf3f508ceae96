namespace Checkout.VoordeMensen.Peppered;

public sealed record Hall(int Id, string Name, string? Address, string? Zip, string? City, string? Phone, Uri? Url);

/// <summary>Seat plan with per-seat availability. <see cref="Available"/> is real free capacity.</summary>
public sealed record SeatPlan(
    int EventId,
    int HallId,
    IReadOnlyList<PriceLevel> PriceLevels,
    IReadOnlyList<SeatSection> Sections,
    int Available);

public sealed record PriceLevel(string PriceId, int RankId, string Name, decimal Amount);

public sealed record SeatSection(int Id, string Name, IReadOnlyList<SeatRow> Rows);

public sealed record SeatRow(int RowNumber, IReadOnlyList<Seat> Seats);

/// <summary>
/// A seat; <see cref="SeatId"/> is opaque and goes into <see cref="PepperedCartAddition.Seat"/>. The seat's kind is not
/// documented: <see cref="BlockType"/> (VdM's block code, e.g. "wheel", "sight") and <see cref="CompanionSeatId"/> are
/// read when present (docs/vdm-assumptions.md, "Seat kinds on the seat plan").
/// </summary>
public sealed record Seat(string SeatId, int SeatNumber, int RankId, bool Available)
{
    public string? BlockType { get; init; }

    /// <summary>On a wheelchair place: the seat for the companion, when VdM names it.</summary>
    public string? CompanionSeatId { get; init; }
}
