using Checkout.Sandbox.Data;
using Checkout.Sandbox.Hosting;
using Checkout.Sandbox.Payments;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace Checkout.Sandbox.PublicApi;

internal static class OrderEndpoints
{
    public static void MapPublicOrders(this RouteGroupBuilder v1)
    {
        v1.MapPost("/order/create", async (HttpContext http, string client, SandboxStore store, OrderDesk desk, Inventions inventions) =>
        {
            var request = OrderRequest.From(await WireBody.ReadAsync(http.Request));
            if (request.Validate() is { Count: > 0 } errors)
            {
                return inventions.Refuse(StatusCodes.Status422UnprocessableEntity, errors.First().Value[0], errors);
            }
            using var scope = store.Enter(client);
            var method = scope.Venue.PaymentMethods.FirstOrDefault(m => m.Id == request.PaymentId);
            if (method is null)
            {
                return inventions.Refuse(StatusCodes.Status422UnprocessableEntity, "The selected payment_id is invalid.");
            }
            if (!scope.Venue.Carts.TryGetValue(request.CartId!, out var cart) || cart.Tickets.Count == 0)
            {
                return inventions.Refuse(StatusCodes.Status422UnprocessableEntity, "Cart is empty");
            }
            var customer = inventions.LinksOrdersToCustomersByEmail ? OrderDesk.CustomerFor(scope, request.Email!, request.FirstName!, request.LastName!, c =>
            {
                c.Phone = request.Phone;
                c.Address = request.Address;
                c.City = request.City;
                c.Zip = request.Zip;
            }) : null;
            var order = desk.Place(scope, cart, customer, method, request.RedirectUrl);
            return SandboxJson.Public200(new[] { new OrderCreatedWire(http.PaymentPageUrl(order.Key), order.Key) });
        }).Named("order.create");

        v1.MapGet("/order/{orderKey}", (HttpContext http, string client, string orderKey, SandboxStore store) =>
        {
            using var scope = store.Enter(client);
            if (!scope.Venue.Orders.TryGetValue(orderKey, out var order))
            {
                return SandboxJson.NotFound("Order not found");
            }
            return SandboxJson.Public200(PublicMapper.OrderStatus(order,
                http.OrderDocumentUrl(client, orderKey, "ticket"), http.OrderDocumentUrl(client, orderKey, "receipt")));
        }).Named("order.get");
    }
}
