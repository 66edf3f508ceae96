namespace Checkout.VoordeMensen.Peppered.SeatMaps;

/// <summary>A section of the hall (stalls, balcony …) in VdM's order; <see cref="Rows"/> are ordered by row number.</summary>
public sealed record SeatMapSection(int Id, string Name, IReadOnlyList<SeatMapRow> Rows);
