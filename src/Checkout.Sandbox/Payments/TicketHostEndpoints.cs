using Checkout.Sandbox.Data;
using Checkout.Sandbox.Hosting;
using Checkout.Sandbox.PublicApi;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace Checkout.Sandbox.Payments;

/// <summary>What VdM serves on its ticket host: the payment check and the order's documents.</summary>
internal static class TicketHostEndpoints
{
    public static void MapTicketHost(this RouteGroupBuilder tickets)
    {
        tickets.MapGet("/api/{client}/payment/{orderKey}", (string client, string orderKey, SandboxStore store) =>
        {
            using var scope = store.Enter(client);
            return scope.Venue.Orders.TryGetValue(orderKey, out var order)
                ? SandboxJson.Public200(new PaymentCheckWire(order.Key, order.PaymentStatus,
                    WireFormat.Money(order.Amount + order.PaymentMethod.Fee), order.PaymentMethod.Name))
                : SandboxJson.NotFound("Order not found");
        }).Named("ticket.payment");

        tickets.MapGet("/{client}/order/{orderKey}/ticket", (HttpContext http, string client, string orderKey, SandboxStore store) =>
            Document(http, client, orderKey, store, "TicketTitle", OrderDocuments.Tickets)).Named("ticket.document").ForBrowsers();

        tickets.MapGet("/{client}/order/{orderKey}/receipt", (HttpContext http, string client, string orderKey, SandboxStore store) =>
            Document(http, client, orderKey, store, "ReceiptTitle", OrderDocuments.Receipt)).Named("ticket.receipt").ForBrowsers();
    }

    private static IResult Document(
        HttpContext http, string client, string orderKey, SandboxStore store, string titleKey,
        Func<SandboxText, Venue, Order, string> body)
    {
        var text = SandboxText.For(http.Request);
        using var scope = store.Enter(client);
        if (!scope.Venue.Orders.TryGetValue(orderKey, out var order))
        {
            return HtmlPage.Render(http, text, text[titleKey], $"<p>{HtmlPage.Encode(text["OrderNotFound"])}</p>", StatusCodes.Status404NotFound);
        }
        return order.PaymentStatus == PaymentStates.Paid
            ? HtmlPage.Render(http, text, text[titleKey], body(text, scope.Venue, order))
            : HtmlPage.Render(http, text, text[titleKey], $"<p>{HtmlPage.Encode(text["NotPaid"])}</p>", StatusCodes.Status409Conflict);
    }
}

internal sealed record PaymentCheckWire(string OrderKey, string OrderPaymentStatus, string Amount, string PaymentMethod);
