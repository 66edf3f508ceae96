namespace Checkout.Web.Features.Seats;

/// <summary>Resource marker for the seat choice step (plan and list).</summary>
public sealed class SeatsText;
