namespace Checkout.VoordeMensen.Peppered.SeatMaps;

/// <summary>A row; <see cref="Seats"/> are ordered by seat number.</summary>
public sealed record SeatMapRow(int Number, IReadOnlyList<SeatMapSeat> Seats);
