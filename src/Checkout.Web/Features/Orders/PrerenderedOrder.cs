namespace Checkout.Web.Features.Orders;

/// <summary>
/// The order read while prerendering, handed to the circuit so that opening the page asks VdM once, not twice.
/// <see cref="View"/> is null for an order VdM does not know.
/// </summary>
public sealed record PrerenderedOrder(string Key, OrderView? View);
