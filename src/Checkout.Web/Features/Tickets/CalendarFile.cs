using System.Globalization;
using System.Text;
using Checkout.TimeZones;

namespace Checkout.Web.Features.Tickets;

/// <summary>
/// Writes an iCalendar file (RFC 5545) with one event: the times as Amsterdam wall-clock times with a TZID that refers
/// to the VTIMEZONE in the same file (so a calendar in another zone shows the right moment), text values escaped
/// (§3.3.11), lines folded at 75 octets without splitting a UTF-8 sequence (§3.1), CRLF line ends.
/// </summary>
public static class CalendarFile
{
    public const string ContentType = "text/calendar; charset=utf-8";

    private const int MaxOctets = 75;

    // The EU summer-time rule in force since 1996, as Checkout.TimeZones builds it when the system has no tzdata.
    private static readonly string[] AmsterdamZone =
    [
        "BEGIN:VTIMEZONE", $"TZID:{AmsterdamTimeZone.Id}", $"X-LIC-LOCATION:{AmsterdamTimeZone.Id}",
        "BEGIN:DAYLIGHT", "TZOFFSETFROM:+0100", "TZOFFSETTO:+0200", "TZNAME:CEST", "DTSTART:19810329T020000",
        "RRULE:FREQ=YEARLY;BYMONTH=3;BYDAY=-1SU", "END:DAYLIGHT",
        "BEGIN:STANDARD", "TZOFFSETFROM:+0200", "TZOFFSETTO:+0100", "TZNAME:CET", "DTSTART:19961027T030000",
        "RRULE:FREQ=YEARLY;BYMONTH=10;BYDAY=-1SU", "END:STANDARD",
        "END:VTIMEZONE",
    ];

    /// <summary>The file's text; <paramref name="stamp"/> is when it was made (DTSTAMP).</summary>
    public static string Write(CalendarEntry entry, DateTimeOffset stamp)
    {
        ArgumentNullException.ThrowIfNull(entry);
        List<string> lines =
        [
            "BEGIN:VCALENDAR", "VERSION:2.0", "PRODID:-//Checkout//Tickets//EN", "CALSCALE:GREGORIAN", "METHOD:PUBLISH",
            .. AmsterdamZone,
            "BEGIN:VEVENT",
            "UID:" + Text(entry.Uid),
            "DTSTAMP:" + stamp.UtcDateTime.ToString("yyyyMMdd'T'HHmmss'Z'", CultureInfo.InvariantCulture),
            $"DTSTART;TZID={AmsterdamTimeZone.Id}:{Local(entry.Start)}",
            $"DTEND;TZID={AmsterdamTimeZone.Id}:{Local(entry.End)}",
            "SUMMARY:" + Text(entry.Summary),
        ];
        if (!string.IsNullOrWhiteSpace(entry.Location))
        {
            lines.Add("LOCATION:" + Text(entry.Location));
        }

        lines.Add("DESCRIPTION:" + Text(entry.Description));
        lines.Add("URL:" + entry.OrderUrl.AbsoluteUri);
        lines.AddRange(["END:VEVENT", "END:VCALENDAR"]);

        var file = new StringBuilder();
        foreach (var line in lines)
        {
            Fold(line, file);
        }

        return file.ToString();
    }

    /// <summary>TEXT escaping: backslash, semicolon, comma and line breaks.</summary>
    internal static string Text(string value) => value
        .Replace("\\", "\\\\", StringComparison.Ordinal)
        .Replace(";", "\\;", StringComparison.Ordinal)
        .Replace(",", "\\,", StringComparison.Ordinal)
        .Replace("\r\n", "\\n", StringComparison.Ordinal)
        .Replace("\r", "\\n", StringComparison.Ordinal)
        .Replace("\n", "\\n", StringComparison.Ordinal);

    private static string Local(DateTimeOffset value) =>
        TimeZoneInfo.ConvertTime(value, AmsterdamTimeZone.Zone).ToString("yyyyMMdd'T'HHmmss", CultureInfo.InvariantCulture);

    /// <summary>Appends the line, continued on lines starting with a space so that none exceeds 75 octets.</summary>
    private static void Fold(string line, StringBuilder file)
    {
        var octets = 0;
        foreach (var rune in line.EnumerateRunes())
        {
            if (octets + rune.Utf8SequenceLength > MaxOctets)
            {
                file.Append("\r\n ");
                octets = 1;
            }

            file.Append(rune.ToString());
            octets += rune.Utf8SequenceLength;
        }

        file.Append("\r\n");
    }
}
