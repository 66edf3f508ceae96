namespace Checkout.Web.Features.Tickets;

/// <summary>One evening as a calendar event: the same content for the .ics file and the Google Calendar link.</summary>
public sealed record CalendarEntry(
    string Uid,
    string Summary,
    DateTimeOffset Start,
    DateTimeOffset End,
    string? Location,
    string Description,
    Uri OrderUrl);
