using System.Globalization;
using Checkout.TimeZones;

namespace Checkout.VoordeMensen.Time;

/// <summary>
/// The public API sends naive Dutch local times in two formats (events: YYYY-MM-DD + HH:MM:SS,
/// cart: DD-MM-YYYY + HH:MM) with all-zero sentinels for "not set". This turns them into
/// DateTimeOffset in Europe/Amsterdam.
/// </summary>
internal static class AmsterdamTime
{
    private static readonly TimeZoneInfo Zone = AmsterdamTimeZone.Zone;
    private static readonly string[] EventDateFormats = ["yyyy-MM-dd"];
    private static readonly string[] CartDateFormats = ["dd-MM-yyyy", "yyyy-MM-dd"];
    private static readonly string[] TimeFormats = ["HH:mm:ss", "HH:mm", "H:mm"];

    public static DateTimeOffset FromLocal(DateTime local)
    {
        var unspecified = DateTime.SpecifyKind(local, DateTimeKind.Unspecified);
        return new DateTimeOffset(unspecified, Zone.GetUtcOffset(unspecified));
    }

    /// <summary>True for "0000-00-00 00:00:00", "00-00-0000" and similar all-zero values.</summary>
    public static bool IsZeroSentinel(string? text) =>
        !string.IsNullOrWhiteSpace(text) && text.All(c => c is '0' or '-' or ':' or ' ' or 'T');

    /// <summary>Event list: date "2026-04-01" and time "20:30:00".</summary>
    public static DateTimeOffset? FromEventDate(string? date, string? time) => Combine(date, EventDateFormats, time);

    /// <summary>Cart item: date "01-04-2026" and time "20:30".</summary>
    public static DateTimeOffset? FromCartDate(string? date, string? time) => Combine(date, CartDateFormats, time);

    /// <summary>
    /// Event end: a time on the start's date; earlier than the start means past midnight;
    /// "00:00:00" means no end time.
    /// </summary>
    public static DateTimeOffset? EndAfter(DateTimeOffset start, string? endTime)
    {
        if (IsZeroSentinel(endTime) || ParseTime(endTime) is not { } end)
        {
            return null;
        }

        var startLocal = TimeZoneInfo.ConvertTime(start, Zone).DateTime;
        var endLocal = startLocal.Date + end.ToTimeSpan();
        return FromLocal(endLocal < startLocal ? endLocal.AddDays(1) : endLocal);
    }

    /// <summary>event_view_end: "2026-04-03 23:00:00", or the zero sentinel for not set.</summary>
    public static DateTimeOffset? FromDateTime(string? text)
    {
        if (string.IsNullOrWhiteSpace(text) || IsZeroSentinel(text))
        {
            return null;
        }

        var parts = text.Trim().Split([' ', 'T'], 2, StringSplitOptions.RemoveEmptyEntries);
        return parts.Length == 2 ? Combine(parts[0], CartDateFormats, parts[1]) : Combine(parts[0], CartDateFormats, "00:00");
    }

    private static DateTimeOffset? Combine(string? date, string[] dateFormats, string? time)
    {
        if (IsZeroSentinel(date)
            || !DateOnly.TryParseExact(date?.Trim(), dateFormats, CultureInfo.InvariantCulture, DateTimeStyles.None, out var day)
            || ParseTime(time) is not { } clock)
        {
            return null;
        }

        return FromLocal(day.ToDateTime(clock));
    }

    private static TimeOnly? ParseTime(string? time) =>
        TimeOnly.TryParseExact(time?.Trim(), TimeFormats, CultureInfo.InvariantCulture, DateTimeStyles.None, out var value)
            ? value
            : null;
}
