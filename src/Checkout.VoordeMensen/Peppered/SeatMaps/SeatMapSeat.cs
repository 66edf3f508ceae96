namespace Checkout.VoordeMensen.Peppered.SeatMaps;

/// <summary>One seat of a <see cref="SeatMap"/>. <see cref="Id"/> is VdM's opaque seat id.</summary>
public sealed record SeatMapSeat
{
    public required string Id { get; init; }
    public required int SectionId { get; init; }

    /// <summary>The section name; the public cart shows the same value as pmp_name.</summary>
    public required string SectionName { get; init; }

    public required int Row { get; init; }
    public required int Number { get; init; }
    public required int RankId { get; init; }
    public required SeatState State { get; init; }
    public SeatKind Kind { get; init; } = SeatKind.Standard;

    /// <summary>On a wheelchair place: its companion seat (VdM's, or the adjacent seat in the row when VdM does not say).</summary>
    public string? CompanionSeatId { get; init; }

    /// <summary>On a companion seat: the wheelchair place it belongs to.</summary>
    public string? WheelchairSeatId { get; init; }

    public bool IsFree => State == SeatState.Free;
}
