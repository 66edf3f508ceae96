namespace Checkout.VoordeMensen.Orders;

/// <summary>An order's e-tickets and receipt on VdM's ticket host.</summary>
public sealed record OrderDocuments(Uri Tickets, Uri Receipt);
