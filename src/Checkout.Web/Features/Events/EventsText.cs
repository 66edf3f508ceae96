namespace Checkout.Web.Features.Events;

/// <summary>Resource marker for the programme and event pages.</summary>
public sealed class EventsText;
