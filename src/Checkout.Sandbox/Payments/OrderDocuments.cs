using System.Globalization;
using Checkout.Sandbox.Data;
using static Checkout.Sandbox.Payments.HtmlPage;

namespace Checkout.Sandbox.Payments;

/// <summary>The e-ticket and receipt a paid order links to, as simple HTML.</summary>
internal static class OrderDocuments
{
    public static string Tickets(SandboxText text, Venue venue, Order order) =>
        string.Concat(order.Lines.Select(line =>
            "<section>" + $"<h2>{Encode(line.Performance.Production.Name)}</h2>"
            + Definitions(
                (text["Venue"], venue.Name),
                (text["Date"], text.DateTime(line.Performance.Start)),
                (text["Hall"], line.Performance.Hall.Name),
                (text["Seat"], Place(text, line.Seat.Place)),
                (text["TicketType"], line.TicketType.Name),
                (text["Barcode"], $"{order.Key}/{line.Seat.Number.ToString(CultureInfo.InvariantCulture)}"))
            + "</section>"));

    public static string Receipt(SandboxText text, Venue venue, Order order)
    {
        var rows = string.Concat(order.Lines.Select(l =>
            $"<tr><td>{Encode(l.Performance.Production.Name)}</td><td>{Encode(text.DateTime(l.Performance.Start))}</td>"
            + $"<td>{Encode(l.TicketType.Name)}</td><td>{Encode(text.Money(l.Price))}</td></tr>"));
        var table = $"<table><thead><tr><th scope=\"col\">{Encode(text["Event"])}</th><th scope=\"col\">{Encode(text["Date"])}</th>"
            + $"<th scope=\"col\">{Encode(text["TicketType"])}</th><th scope=\"col\">{Encode(text["Price"])}</th></tr></thead>"
            + $"<tbody>{rows}</tbody></table>";
        return Definitions((text["Venue"], venue.Name), (text["Order"], order.Key), (text["PaymentMethod"], order.PaymentMethod.Name))
            + table
            + Definitions(
                (text["Donation"], text.Money(order.Donation)),
                (text["Fee"], text.Money(order.PaymentMethod.Fee)),
                (text["Total"], text.Money(order.Amount + order.PaymentMethod.Fee)));
    }

    private static string Place(SandboxText text, SeatPlace place) =>
        place.Row == 0
            ? text["FreeSeating"]
            : string.Create(CultureInfo.InvariantCulture, $"{place.SectionName}, {text["Row"]} {place.Row}, {text["Seat"]} {place.Nr}");
}
