namespace Checkout.Web.Features.Cart;

/// <summary>A request to add tickets of one type; quantities of 0 are ignored.</summary>
public sealed record TicketRequest(string DiscountId, int Quantity);
