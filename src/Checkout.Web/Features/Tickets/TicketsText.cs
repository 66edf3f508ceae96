namespace Checkout.Web.Features.Tickets;

/// <summary>Resource marker for the evening on the paid page, the calendar entries and My tickets.</summary>
public sealed class TicketsText;
