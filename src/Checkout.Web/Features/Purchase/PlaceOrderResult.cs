using Checkout.Web.Features.Cart;

namespace Checkout.Web.Features.Purchase;

/// <param name="Reused">True when an earlier click or tab already created this order.</param>
public sealed record PlaceOrderResult(PlacedOrder? Order, OrderProblem Problem = OrderProblem.None, string? Message = null, bool Reused = false);
