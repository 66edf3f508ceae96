using System.Globalization;
using Checkout.TimeZones;

namespace Checkout.Web.Features.Tickets;

/// <summary>
/// Google Calendar's "add event" link (<c>calendar.google.com/calendar/render?action=TEMPLATE</c>): the times in UTC,
/// so Google cannot read them in another zone, and the venue's zone for showing them.
/// </summary>
public static class GoogleCalendarLink
{
    public static Uri For(CalendarEntry entry)
    {
        ArgumentNullException.ThrowIfNull(entry);
        var query = new List<(string Name, string Value)>
        {
            ("action", "TEMPLATE"),
            ("text", entry.Summary),
            ("dates", $"{Utc(entry.Start)}/{Utc(entry.End)}"),
            ("ctz", AmsterdamTimeZone.Id),
            ("details", entry.Description),
        };
        if (!string.IsNullOrWhiteSpace(entry.Location))
        {
            query.Add(("location", entry.Location));
        }

        return new Uri("https://calendar.google.com/calendar/render?"
            + string.Join('&', query.Select(q => $"{q.Name}={Uri.EscapeDataString(q.Value)}")));
    }

    private static string Utc(DateTimeOffset value) => value.UtcDateTime.ToString("yyyyMMdd'T'HHmmss'Z'", CultureInfo.InvariantCulture);
}
