namespace Checkout.VoordeMensen.Peppered.SeatMaps;

/// <summary>
/// None of the chosen seats was added (the cart is as before). <see cref="GoneSeats"/> are the chosen seats that were
/// taken meanwhile or are no longer on the plan; empty when VdM refused for another reason (e.g. the per-order
/// maximum), which <see cref="Kind"/> and VdM's <see cref="Message"/> describe.
/// </summary>
public sealed record SeatsRefused(IReadOnlyList<ChosenSeat> GoneSeats, VdmErrorKind Kind, string Message) : SeatHoldResult;
