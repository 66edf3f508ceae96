using Checkout.Sandbox.Data;
using Checkout.Sandbox.Hosting;
using Checkout.Sandbox.Inventory;
using Checkout.Sandbox.Payments;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace Checkout.Sandbox.Peppered;

internal sealed record CartAddItem(string? PriceId, int? RankId, int? EventId, int? NumberOfTickets, string? SeatId, decimal? Amount);

internal sealed record CheckoutBody(int? PaymentMethodId, int? CustomerId, string? RedirectURL);

internal static class CartEndpoints
{
    public static void MapPepperedCart(this RouteGroupBuilder peppered)
    {
        var carts = peppered.MapGroup("/cart").AddEndpointFilter<PepperedCartFilter>();
        carts.MapGet("/{cartId}/summary", (string client, string cartId, SandboxStore store) =>
        {
            using var scope = store.Enter(client);
            return SandboxJson.Peppered200(PepperedMapper.CartSummary(scope.Venue.CartFor(cartId)));
        }).Named("peppered.cart.summary");

        carts.MapGet("/{cartId}", (string client, string cartId, SandboxStore store) =>
        {
            using var scope = store.Enter(client);
            return SandboxJson.Peppered200(PepperedMapper.Cart(scope.Venue.CartFor(cartId)));
        }).Named("peppered.cart.get");

        carts.MapPost("/{cartId}", async (HttpRequest request, string client, string cartId, SandboxStore store, CartLedger ledger) =>
        {
            var items = await PepperedBody.Read<List<CartAddItem>>(request);
            if (items is not { Count: > 0 } || items.Any(i => string.IsNullOrEmpty(i.PriceId) || i.RankId is null))
            {
                return PepperedBody.Invalid(new() { ["priceId"] = ["Every item needs a priceId and a rankId."] });
            }
            using var scope = store.Enter(client);
            var cart = scope.Venue.CartFor(cartId);
            return PepperedCartAdd.AddAll(scope, cart, items, ledger) is { } error
                ? SandboxJson.Error(error.Status, error.Message, error.Errors)
                : SandboxJson.Peppered200(PepperedMapper.Cart(cart));
        }).Named("peppered.cart.add");

        carts.MapDelete("/{cartId}/{itemId}", (string client, string cartId, string itemId, SandboxStore store, CartLedger ledger) =>
        {
            using var scope = store.Enter(client);
            var cart = scope.Venue.CartFor(cartId);
            return ledger.Remove(scope, cart, itemId) ? SandboxJson.Peppered200(PepperedMapper.Cart(cart)) : SandboxJson.NotFound("Item not found");
        }).Named("peppered.cart.remove");

        carts.MapDelete("/{cartId}", (string client, string cartId, SandboxStore store) =>
        {
            using var scope = store.Enter(client);
            scope.Venue.CartFor(cartId).Empty();
            return Results.NoContent();
        }).Named("peppered.cart.delete");

        carts.MapPost("/{cartId}/checkout", async (HttpContext http, string client, string cartId, SandboxStore store, OrderDesk desk) =>
        {
            var body = await PepperedBody.Read<CheckoutBody>(http.Request);
            if (body?.RedirectURL is { } redirect && !PublicApi.OrderRequest.IsAcceptableRedirect(redirect))
            {
                return PepperedBody.Invalid(new() { ["redirectURL"] = ["The redirectURL must be an absolute https URL (http only for localhost)."] });
            }
            using var scope = store.Enter(client);
            var method = scope.Venue.PaymentMethods.FirstOrDefault(m => m.Id == body?.PaymentMethodId);
            if (method is null || body?.CustomerId is not { } customerId || !scope.Venue.Customers.TryGetValue(customerId, out var customer))
            {
                return PepperedBody.Invalid(new() { ["paymentMethodId"] = ["A valid paymentMethodId and customerId are required."] });
            }
            if (!scope.Venue.Carts.TryGetValue(cartId, out var cart) || cart.Tickets.Count == 0)
            {
                return SandboxJson.Error(StatusCodes.Status422UnprocessableEntity, "Cart is empty");
            }
            var order = desk.Place(scope, cart, customer, method, body.RedirectURL);
            return SandboxJson.Peppered200(PepperedMapper.Order(order) with { PaymentUrl = http.PaymentPageUrl(order.Key) },
                StatusCodes.Status201Created);
        }).Named("peppered.cart.checkout");
    }
}
