using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Checkout.Sandbox;

namespace Checkout.IntegrationTests.Sandbox;

/// <summary>Every orderStatus and payment status VdM has, produced through the admin endpoints and read back on the wire.</summary>
public sealed class OrderStateAdminTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Theory]
    [InlineData("ord")]
    [InlineData("cancel")]
    [InlineData("res")]
    [InlineData("pros")]
    [InlineData("reemit")]
    [InlineData("reissue")]
    [InlineData("trash")]
    public async Task Any_order_status_shows_on_peppereds_order(string status)
    {
        await using var host = await SandboxHost.StartAsync();
        var (key, _) = await host.PlaceOrder(SandboxDemoIds.ReservedSeating, 1);

        using var set = await host.Http.PutAsJsonAsync($"admin/orders/demo/{key}/order-status", new { status }, Ct);

        Assert.Equal(HttpStatusCode.NoContent, set.StatusCode);
        var order = await PepperedOrder(host, key);
        Assert.Equal(status, order.GetProperty("orderStatus").GetString());
        var one = await new PepperedClient(host).Get($"order/{order.GetProperty("orderId").GetInt32()}");
        Assert.Equal(status, one.GetProperty("orderStatus").GetString());
    }

    [Theory]
    [InlineData("none")]
    [InlineData("pending")]
    [InlineData("paid")]
    [InlineData("partial")]
    [InlineData("cancelled")]
    public async Task Any_payment_status_shows_on_the_public_status_and_peppered(string status)
    {
        await using var host = await SandboxHost.StartAsync();
        var (key, _) = await host.PlaceOrder(SandboxDemoIds.ReservedSeating, 1);

        using var set = await host.Http.PutAsJsonAsync($"admin/orders/demo/{key}/payment-status", new { status }, Ct);

        Assert.Equal(HttpStatusCode.NoContent, set.StatusCode);
        Assert.Equal(status, await host.OrderStatus(key));
        Assert.Equal(status, (await PepperedOrder(host, key)).GetProperty("orderPaymentStatus").GetString());
    }

    [Fact]
    public async Task A_venue_cancelling_a_paid_order_releases_the_seats_and_leaves_it_paid()
    {
        await using var host = await SandboxHost.StartAsync();
        var (key, url) = await host.PlaceOrder(SandboxDemoIds.TenSeatsLeft, 3);
        using var paid = await PaymentSimulator.ChooseAsync(url, "pay");
        Assert.Equal(7, await host.EventFree(SandboxDemoIds.TenSeatsLeft));

        using var cancel = await host.Http.PostAsync($"admin/orders/demo/{key}/cancel", null, Ct);

        Assert.Equal(HttpStatusCode.NoContent, cancel.StatusCode);
        Assert.Equal(10, await host.EventFree(SandboxDemoIds.TenSeatsLeft));
        Assert.Equal("paid", await host.OrderStatus(key));
        var order = await PepperedOrder(host, key);
        Assert.Equal("cancel", order.GetProperty("orderStatus").GetString());
        Assert.Equal("paid", order.GetProperty("orderPaymentStatus").GetString());
        var export = (await new PepperedClient(host).Post("export/orders")).EnumerateArray().Single(o => o.GetProperty("orderKey").GetString() == key);
        Assert.Equal(0, export.GetProperty("seats").GetArrayLength());
        Assert.Equal(3, export.GetProperty("deletedSeats").GetArrayLength());
    }

    [Fact]
    public async Task Bad_bodies_and_unknown_orders_are_refused()
    {
        await using var host = await SandboxHost.StartAsync();
        var (key, _) = await host.PlaceOrder(SandboxDemoIds.ReservedSeating, 1);

        using var bad = await host.Http.PutAsJsonAsync($"admin/orders/demo/{key}/order-status", new { status = "<script>" }, Ct);
        using var unknown = await host.Http.PutAsJsonAsync("admin/orders/demo/Nope1-Nope2-Nope3-Nope4/order-status", new { status = "ord" }, Ct);
        using var cancelUnknown = await host.Http.PostAsync("admin/orders/nobody/Nope1-Nope2-Nope3-Nope4/cancel", null, Ct);

        Assert.Equal(HttpStatusCode.BadRequest, bad.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, unknown.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, cancelUnknown.StatusCode);
        Assert.Equal("res", (await PepperedOrder(host, key)).GetProperty("orderStatus").GetString());
    }

    private static async Task<JsonElement> PepperedOrder(SandboxHost host, string key) =>
        (await new PepperedClient(host).Get("order")).EnumerateArray().Single(o => o.GetProperty("orderKey").GetString() == key);
}
