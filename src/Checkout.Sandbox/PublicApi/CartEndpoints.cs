using Checkout.Sandbox.Data;
using Checkout.Sandbox.Hosting;
using Checkout.Sandbox.Inventory;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace Checkout.Sandbox.PublicApi;

internal static class CartEndpoints
{
    private const string CartNotFound = "Cart not found";

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

        // The VdM plugins address carts by their own session ids, so unknown ids are created on first use (an invention).
        v1.MapGet("/cart/{cartId}", (string client, string cartId, SandboxStore store) =>
        {
            using var scope = store.Enter(client);
            return scope.FindCart(cartId) is { } cart ? SandboxJson.Public200(PublicMapper.Cart(cart)) : SandboxJson.NotFound(CartNotFound);
        }).Named("cart.get");

        v1.MapPost("/cart/{cartId}", async (HttpRequest request, string client, string cartId, SandboxStore store, CartLedger ledger, Inventions inventions) =>
        {
            var body = await WireBody.ReadAsync(request);
            if (body.Int("event_id") is not { } eventId || body.Int("numberoftickets") is not { } count || body.String("discount_id") is not { } discountId)
            {
                return inventions.Refuse(StatusCodes.Status422UnprocessableEntity, "event_id, numberoftickets and discount_id are required");
            }
            using var scope = store.Enter(client);
            if (scope.FindCart(cartId) is not { } cart)
            {
                return SandboxJson.NotFound(CartNotFound);
            }
            return ledger.AddBestAvailable(scope, cart, eventId, count, discountId) is { } error
                ? inventions.Refuse(error.Status, error.Message)
                : SandboxJson.Public200(PublicMapper.Cart(cart));
        }).Named("cart.add");

        v1.MapDelete("/cart/{cartId}/{seatId}", (string client, string cartId, string seatId, SandboxStore store, CartLedger ledger, Inventions inventions) =>
        {
            using var scope = store.Enter(client);
            if (scope.FindCart(cartId) is not { } cart)
            {
                return SandboxJson.NotFound(CartNotFound);
            }
            if (!ledger.Remove(scope, cart, seatId))
            {
                return inventions.Refuse(StatusCodes.Status404NotFound, "Seat not found in cart");
            }
            return inventions.AnswersRemovalWithTheCart ? SandboxJson.Public200(PublicMapper.Cart(cart)) : Results.NoContent();
        }).Named("cart.remove");
    }
}
