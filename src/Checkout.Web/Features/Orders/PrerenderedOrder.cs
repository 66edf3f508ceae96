using Checkout.VoordeMensen.Public;

namespace Checkout.Web.Features.Orders;

/// <summary>
/// The status read while prerendering, handed to the circuit so that opening the page asks VdM once, not twice.
/// <see cref="Status"/> is null for an order VdM does not know.
/// </summary>
public sealed record PrerenderedOrder(string Key, OrderStatus? Status);
