namespace Checkout.VoordeMensen.Peppered.SeatMaps;

/// <summary>A seat of the current plan with the price it is bought at.</summary>
public sealed record ChosenSeat(SeatMapSeat Seat, SeatPrice Price);
