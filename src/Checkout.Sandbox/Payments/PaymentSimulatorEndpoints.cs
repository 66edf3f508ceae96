using Checkout.Sandbox.Data;
using Checkout.Sandbox.Hosting;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.AspNetCore.WebUtilities;
using Microsoft.Extensions.Options;

namespace Checkout.Sandbox.Payments;

internal static class PaymentSimulatorEndpoints
{
    private static readonly Dictionary<string, PaymentOutcome> Outcomes = new(StringComparer.OrdinalIgnoreCase)
    {
        ["pay"] = PaymentOutcome.Pay,
        ["cancel"] = PaymentOutcome.Cancel,
        ["fail"] = PaymentOutcome.Fail,
        ["later"] = PaymentOutcome.PayLater,
    };

    public static void MapPaymentSimulator(this RouteGroupBuilder pay)
    {
        pay.MapGet("/{orderKey}", (HttpContext http, string orderKey, SandboxStore store, IOptions<SandboxOptions> options) =>
        {
            var text = SandboxText.For(http.Request);
            if (store.ClientOfOrder(orderKey) is not { } client)
            {
                return HtmlPage.Render(text, text["PayTitle"], $"<p>{HtmlPage.Encode(text["OrderNotFound"])}</p>", StatusCodes.Status404NotFound);
            }
            using var scope = store.Enter(client);
            var order = scope.Venue.Orders[orderKey];
            var formRoot = $"{http.Request.PathBase}{http.Prefix()}";
            return HtmlPage.Render(text, text["PayTitle"],
                PaymentPage.Body(text, scope.Venue, order, formRoot, options.Value.PayLaterSeconds));
        }).Named("pay.page");

        pay.MapPost("/{orderKey}/{outcome}", (HttpContext http, string orderKey, string outcome, SandboxStore store, OrderDesk desk) =>
        {
            if (!Outcomes.TryGetValue(outcome, out var chosen) || store.ClientOfOrder(orderKey) is not { } client)
            {
                return SandboxJson.NotFound("Order not found");
            }
            using var scope = store.Enter(client);
            var order = scope.Venue.Orders[orderKey];
            desk.Resolve(scope, order, chosen);
            // Like a real provider: back to the shop with the key appended, or to this page when no return URL was given.
            var target = order.RedirectUrl is { } redirect
                ? QueryHelpers.AddQueryString(redirect, "return", order.Key)
                : http.PaymentPageUrl(order.Key);
            http.Response.Headers.Location = target;
            return Results.StatusCode(StatusCodes.Status303SeeOther);
        }).Named("pay.outcome");
    }
}
