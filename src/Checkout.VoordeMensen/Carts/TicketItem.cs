namespace Checkout.VoordeMensen.Carts;

/// <summary>So many tickets of a ticket type (VdM's discount_id) for a performance (sub event), seats chosen by VdM.</summary>
public sealed record TicketItem(int PerformanceId, string DiscountId, int Quantity);
