namespace Checkout.Sandbox.Data;

/// <summary>
/// <paramref name="Percent"/> off the subtotal of one performance's tickets in a cart or order holding at least
/// <paramref name="MinTickets"/> of them. VdM reports it only in the totals (and as Peppered's order discountName),
/// never in the seat prices.
/// </summary>
internal sealed record GroupDiscount(string Name, int MinTickets, decimal Percent);
