namespace Checkout.Web.Features.Cart;

/// <summary>Holding chosen seats: held (no problem), or nothing held and, when seats were taken meanwhile, which.</summary>
public sealed record SeatHoldAttempt(CartProblem Problem, IReadOnlyList<SeatPlace> Gone);
