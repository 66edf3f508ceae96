namespace Checkout.VoordeMensen.Peppered.SeatMaps;

/// <summary>Every chosen seat is in the cart.</summary>
public sealed record SeatsHeld(IReadOnlyList<ChosenSeat> Seats, PepperedCart Cart) : SeatHoldResult;
