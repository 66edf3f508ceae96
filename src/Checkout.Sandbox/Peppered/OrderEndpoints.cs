using Checkout.Sandbox.Data;
using Checkout.Sandbox.Hosting;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace Checkout.Sandbox.Peppered;

/// <summary>Orders and the four bulk exports, all incremental through changedSince.</summary>
internal static class OrderEndpoints
{
    public static void MapPepperedOrders(this RouteGroupBuilder peppered)
    {
        peppered.MapGet("/order", (string client, string? changedSince, SandboxStore store) =>
            Changed(client, changedSince, store, v => v.Orders.Values, o => o.LastChanged, PepperedMapper.Order))
            .Named("peppered.order");

        peppered.MapGet("/order/{orderId:int}", (string client, int orderId, SandboxStore store) =>
        {
            using var scope = store.Enter(client);
            return scope.Venue.OrderById(orderId) is { } order
                ? SandboxJson.Peppered200(PepperedMapper.Order(order))
                : SandboxJson.NotFound("Order not found");
        }).Named("peppered.order.one");

        peppered.MapGet("/export/clienttypes", (string client, SandboxStore store) =>
        {
            using var scope = store.Enter(client);
            return SandboxJson.Peppered200(scope.Venue.ClientTypes.ToList());
        }).Named("peppered.export.clienttypes");

        peppered.MapPost("/export/customers", async (HttpRequest request, string client, SandboxStore store) =>
            Changed(client, await SinceFromBody(request), store, v => v.Customers.Values, c => c.LastChanged, PepperedMapper.User))
            .Named("peppered.export.customers");

        peppered.MapPost("/export/orders", async (HttpRequest request, string client, SandboxStore store) =>
            Changed(client, await SinceFromBody(request), store, v => v.Orders.Values, o => o.LastChanged, PepperedMapper.OrderExport))
            .Named("peppered.export.orders");

        peppered.MapPost("/export/waitinglist", async (HttpRequest request, string client, SandboxStore store) =>
            Changed(client, await SinceFromBody(request), store, v => v.WaitingList, w => w.LastChanged, PepperedMapper.Waiting))
            .Named("peppered.export.waitinglist");
    }

    private static async Task<string?> SinceFromBody(HttpRequest request) =>
        (await WireBody.ReadAsync(request)).String("changedSince");

    /// <summary>Everything changed on or after changedSince (all when absent), oldest change first.</summary>
    private static IResult Changed<T>(
        string client, string? changedSince, SandboxStore store, Func<Venue, IEnumerable<T>> source,
        Func<T, DateTimeOffset> lastChanged, Func<T, object> map)
    {
        if (!ChangedSince.TryParse(changedSince, out var since))
        {
            return PepperedBody.Invalid(new() { ["changedSince"] = [ChangedSince.Invalid] });
        }
        using var scope = store.Enter(client);
        var changed = source(scope.Venue)
            .Where(item => since is null || lastChanged(item) >= since)
            .OrderBy(lastChanged)
            .Select(map)
            .ToList();
        return SandboxJson.Peppered200(changed);
    }
}
