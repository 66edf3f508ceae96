namespace Checkout.Web.Features.Cart;

/// <summary>
/// What adding to a VdM cart left: the cart as VdM holds it (after taking out what a refused attempt added), its id
/// (null only when no cart could be created) and, on a refusal, why and which ticket type VdM refused.
/// </summary>
public sealed record CartAttempt(HeldCart Cart, string? CartId, CartProblem Problem = CartProblem.None, string? FailedDiscountId = null);
