using Checkout.Sandbox.Data;
using Checkout.Sandbox.Hosting;
using Checkout.Sandbox.Inventory;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace Checkout.Sandbox.PublicApi;

internal static class CartEndpoints
{
    public static void MapPublicCart(this RouteGroupBuilder v1)
    {
        v1.MapPost("/cart", (HttpContext http, string client, SandboxStore store) =>
        {
            var cartId = Tokens.Secure(32);
            using (var scope = store.Enter(client))
            {
                scope.Venue.CartFor(cartId);
            }
            http.Response.Headers.Location = $"{http.SandboxRoot()}/v1/{client}/cart/{cartId}";
            return Results.Json(new CartCreatedWire(cartId), SandboxJson.Public, statusCode: StatusCodes.Status201Created);
        }).Named("cart.create");

        // Unknown ids create the cart implicitly: the VdM plugins address carts by their own session ids.
        v1.MapGet("/cart/{cartId}", (string client, string cartId, SandboxStore store) =>
        {
            using var scope = store.Enter(client);
            return SandboxJson.Public200(PublicMapper.Cart(scope.Venue.CartFor(cartId)));
        }).Named("cart.get");

        v1.MapPost("/cart/{cartId}", async (HttpRequest request, string client, string cartId, SandboxStore store, CartLedger ledger) =>
        {
            var body = await WireBody.ReadAsync(request);
            if (body.Int("event_id") is not { } eventId || body.Int("numberoftickets") is not { } count || body.String("discount_id") is not { } discountId)
            {
                return SandboxJson.Error(StatusCodes.Status422UnprocessableEntity, "event_id, numberoftickets and discount_id are required");
            }
            using var scope = store.Enter(client);
            var cart = scope.Venue.CartFor(cartId);
            return ledger.AddBestAvailable(scope, cart, eventId, count, discountId) is { } error
                ? SandboxJson.Error(error.Status, error.Message)
                : SandboxJson.Public200(PublicMapper.Cart(cart));
        }).Named("cart.add");

        v1.MapDelete("/cart/{cartId}/{seatId}", (string client, string cartId, string seatId, SandboxStore store, CartLedger ledger) =>
        {
            using var scope = store.Enter(client);
            var cart = scope.Venue.CartFor(cartId);
            return ledger.Remove(scope, cart, seatId)
                ? SandboxJson.Public200(PublicMapper.Cart(cart))
                : SandboxJson.NotFound("Seat not found in cart");
        }).Named("cart.remove");
    }
}
