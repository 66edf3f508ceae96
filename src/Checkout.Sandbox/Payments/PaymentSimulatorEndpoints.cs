using Checkout.Sandbox.Data;
using Checkout.Sandbox.Hosting;
using Microsoft.AspNetCore.Antiforgery;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.AspNetCore.WebUtilities;
using Microsoft.Extensions.Options;

namespace Checkout.Sandbox.Payments;

/// <summary>
/// The payment simulator, opened by the visitor's browser (public outside Development too). Its outcome posts carry an
/// antiforgery token, so another site cannot pay, cancel or fail a visitor's order by posting into it.
/// </summary>
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
        pay.MapGet("/{orderKey}", (HttpContext http, string orderKey, SandboxStore store, IOptions<SandboxOptions> options, IAntiforgery antiforgery) =>
        {
            var text = SandboxText.For(http.Request);
            if (store.ClientOfOrder(orderKey) is not { } client)
            {
                return HtmlPage.Render(http, text, text["PayTitle"], $"<p>{HtmlPage.Encode(text["OrderNotFound"])}</p>", StatusCodes.Status404NotFound);
            }
            using var scope = store.Enter(client);
            var order = scope.Venue.Orders[orderKey];
            var formRoot = $"{http.Request.PathBase}{http.Prefix()}";
            return HtmlPage.Render(http, text, text["PayTitle"],
                PaymentPage.Body(text, scope.Venue, order, formRoot, options.Value.PayLaterSeconds, antiforgery.GetAndStoreTokens(http)));
        }).Named("pay.page").ForBrowsers();

        pay.MapPost("/{orderKey}/{outcome}", async (HttpContext http, string orderKey, string outcome, SandboxStore store, OrderDesk desk, IAntiforgery antiforgery) =>
        {
            if (!Outcomes.TryGetValue(outcome, out var chosen) || store.ClientOfOrder(orderKey) is not { } client)
            {
                return SandboxJson.NotFound("Order not found");
            }
            if (!await antiforgery.IsRequestValidAsync(http))
            {
                var text = SandboxText.For(http.Request);
                return HtmlPage.Render(http, text, text["PayTitle"], $"<p>{HtmlPage.Encode(text["FormExpired"])}</p>", StatusCodes.Status400BadRequest);
            }
            using var scope = store.Enter(client);
            var order = scope.Venue.Orders[orderKey];
            desk.Resolve(scope, order, chosen);
            // Like a real provider: back to the shop with the key appended; to this page when there is no return URL
            // on the shop's own origin.
            var target = ShopReturn.IsOwnOrigin(order.RedirectUrl, http.Request)
                ? QueryHelpers.AddQueryString(order.RedirectUrl!, "return", order.Key)
                : http.PaymentPageUrl(order.Key);
            http.Response.Headers.Location = target;
            return Results.StatusCode(StatusCodes.Status303SeeOther);
        }).Named("pay.outcome").ForBrowsers();
    }
}
