using System.Text.Json;
using Checkout.Sandbox.Data;
using Checkout.Sandbox.Hosting;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace Checkout.Sandbox.Admin;

/// <summary>
/// Puts orders into the states VdM has that the payment simulator never produces: any orderStatus (ord, cancel, res,
/// pros, reemit, reissue, trash) and payment status (none, pending, paid, partial, cancelled), and a venue cancelling
/// an order after it was paid.
/// </summary>
internal static class OrderAdminEndpoints
{
    private const string StatusBody = "Body must be {\"status\": \"<1-32 letters, digits, '-' or '_'>\"}";

    public static void MapOrderAdmin(this RouteGroupBuilder admin)
    {
        var orders = admin.MapGroup("/orders/{client}/{orderKey}");

        orders.MapPut("/payment-status", async (string client, string orderKey, HttpRequest request, SandboxStore store, TimeProvider time) =>
            await ReadStatus(request) is { } status
                ? Change(store, client, orderKey, order => order.SetPaymentStatus(status, time.GetUtcNow()))
                : SandboxJson.Error(StatusCodes.Status400BadRequest, StatusBody));

        orders.MapPut("/order-status", async (string client, string orderKey, HttpRequest request, SandboxStore store, TimeProvider time) =>
            await ReadStatus(request) is { } status
                ? Change(store, client, orderKey, order => order.SetStatus(status, time.GetUtcNow()))
                : SandboxJson.Error(StatusCodes.Status400BadRequest, StatusBody));

        // What a venue does in VdM's back office when a performance is called off: the order is cancelled, paid stays paid.
        orders.MapPost("/cancel", (string client, string orderKey, SandboxStore store, TimeProvider time) =>
            Change(store, client, orderKey, order => order.CancelByVenue(time.GetUtcNow())));
    }

    private static IResult Change(SandboxStore store, string client, string orderKey, Action<Order> change)
    {
        if (!store.Exists(client))
        {
            return SandboxJson.Error(StatusCodes.Status404NotFound, "Client not found");
        }
        using var scope = store.Enter(client);
        if (!scope.Venue.Orders.TryGetValue(orderKey, out var order))
        {
            return SandboxJson.Error(StatusCodes.Status404NotFound, "Order not found");
        }
        change(order);
        return Results.NoContent();
    }

    private static async Task<string?> ReadStatus(HttpRequest request)
    {
        try
        {
            var body = await request.ReadFromJsonAsync<JsonElement>(request.HttpContext.RequestAborted);
            var status = body.ValueKind == JsonValueKind.Object && body.TryGetProperty("status", out var s)
                && s.ValueKind == JsonValueKind.String ? s.GetString() : null;
            return status is { Length: > 0 and <= 32 } && status.All(c => char.IsAsciiLetterOrDigit(c) || c is '_' or '-') ? status : null;
        }
        catch (Exception e) when (e is JsonException or InvalidOperationException)
        {
            return null;
        }
    }
}
