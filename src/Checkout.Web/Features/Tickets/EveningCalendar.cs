using System.Security.Cryptography;
using System.Text;
using Checkout.Web.Shell.Clients;
using Microsoft.Extensions.Localization;

namespace Checkout.Web.Features.Tickets;

/// <summary>
/// An evening of an order as a calendar event (<see cref="CalendarFile"/>, <see cref="GoogleCalendarLink"/>): the
/// hall and its address as the location, the tickets and the order's status page in the description. Ends at VdM's
/// end time, or <c>Shop:EveningMinutes</c> after the start when VdM has none.
/// </summary>
public sealed class EveningCalendar(CurrentClient client, IStringLocalizer<TicketsText> text)
{
    /// <summary>The entry; null when the start is not known (no calendar can take it then).</summary>
    public CalendarEntry? EntryFor(Evening evening, string orderKey, Uri shopBase)
    {
        if (evening.Start is not { } start)
        {
            return null;
        }

        var end = evening.End is { } known && known > start ? known : start.AddMinutes(client.Settings.Shop.EveningMinutes);
        var orderUrl = new Uri(shopBase, $"order/{Uri.EscapeDataString(orderKey)}");
        var description = string.Join('\n', evening.Seats.Select(text.Describe).Append("").Append(text["CalendarOrder", orderUrl.AbsoluteUri]));
        return new CalendarEntry(Uid(orderKey, evening.PerformanceId, shopBase), text.NameOf(evening), start, end, evening.Hall?.Location, description, orderUrl);
    }

    /// <summary>The .ics file of an evening, relative to the shop's base (works under a client's path prefix).</summary>
    public static string FileLink(string orderKey, int performanceId) =>
        $"order/{Uri.EscapeDataString(orderKey)}/calendar/{performanceId}.ics";

    /// <summary>"hamlet-2026-12-05.ics": the performance and its day, readable in a downloads folder.</summary>
    public static string FileName(Evening evening)
    {
        var slug = new StringBuilder();
        foreach (var c in evening.Name.ToLowerInvariant().Normalize(NormalizationForm.FormD))
        {
            if (char.IsAsciiLetterOrDigit(c))
            {
                slug.Append(c);
            }
            else if (char.IsWhiteSpace(c) || char.IsPunctuation(c) || char.IsSymbol(c))
            {
                slug.Append(slug.Length > 0 && slug[^1] != '-' ? "-" : "");
            }
        }

        var name = slug.ToString().Trim('-') is { Length: > 0 } s ? s[..Math.Min(s.Length, 60)].TrimEnd('-') : $"performance-{evening.PerformanceId}";
        return evening.Start is { } start ? $"{name}-{start:yyyy-MM-dd}.ics" : $"{name}.ics";
    }

    // Stable for the order and performance, so importing the file twice updates one entry; the key itself stays out.
    private string Uid(string orderKey, int performanceId, Uri shopBase) =>
        Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes($"{client.Key}|{orderKey}|{performanceId}")))[..32] + "@" + shopBase.Host;
}
