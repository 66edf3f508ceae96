using Checkout.Web.Components.Shared;
using Microsoft.Extensions.Localization;

namespace Checkout.Web.Features.Cart;

/// <summary>How a held ticket is named to the visitor, on screen and in the labels of its buttons.</summary>
public static class CartLineText
{
    /// <summary>"Balkon, rij 3, stoel 12"; null for general admission, where VdM assigns no seat.</summary>
    public static string? Seat(this IStringLocalizer<CartText> t, HeldTicket line) => line switch
    {
        { Row: { } row, SeatNumber: { } seat, Section: { } section } => $"{section}, {t["Seat", row, seat]}",
        { Row: { } row, SeatNumber: { } seat } => t["Seat", row, seat],
        _ => null,
    };

    /// <summary>Ticket type, performance, date and seat: tells two tickets apart for screen-reader users.</summary>
    public static string Label(this IStringLocalizer<CartText> t, HeldTicket line) => string.Join(", ", new[]
    {
        t["TicketFor", line.DiscountName, line.EventName].Value,
        line.Start is { } start ? Formats.DateTime(start) : null,
        t.Seat(line),
    }.OfType<string>());
}
