namespace Checkout.Web.Features.Cart;

/// <summary>A chosen seat a renewal could not hold again (<see cref="From"/>) and the closest equivalent held instead.</summary>
public sealed record SeatSwap(SeatPlace From, SeatPlace To);
