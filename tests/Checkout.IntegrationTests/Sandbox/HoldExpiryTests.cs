using System.Net.Http.Json;
using Checkout.Sandbox;

namespace Checkout.IntegrationTests.Sandbox;

public sealed class HoldExpiryTests
{
    [Fact]
    public async Task Held_seats_return_to_sale_when_the_hold_expires()
    {
        await using var host = await SandboxHost.StartAsync();
        using var _ = await host.AddTickets("slow", SandboxDemoIds.TenSeatsLeft, 10, await host.FirstDiscountId(SandboxDemoIds.TenSeatsLeft));
        Assert.Equal(0, await host.EventFree(SandboxDemoIds.TenSeatsLeft));

        host.Time.Advance(TimeSpan.FromMinutes(15) - TimeSpan.FromSeconds(1));
        Assert.Equal(0, await host.EventFree(SandboxDemoIds.TenSeatsLeft));

        host.Time.Advance(TimeSpan.FromSeconds(1));
        Assert.Equal(10, await host.EventFree(SandboxDemoIds.TenSeatsLeft));
        Assert.Equal(0, (await host.GetJson("v1/demo/cart/slow"))[0].GetProperty("cart").GetInt32());
    }

    [Fact]
    public async Task Every_change_renews_the_hold_and_peppered_reports_the_real_expiry()
    {
        await using var host = await SandboxHost.StartAsync(new() { ["Sandbox:HoldMinutes"] = "5" });
        var discount = await host.FirstDiscountId(SandboxDemoIds.TenSeatsLeft);
        using var first = await host.AddTickets("renew", SandboxDemoIds.TenSeatsLeft, 1, discount);
        host.Time.Advance(TimeSpan.FromMinutes(4));
        using var second = await host.AddTickets("renew", SandboxDemoIds.TenSeatsLeft, 1, discount);
        host.Time.Advance(TimeSpan.FromMinutes(4));

        Assert.Equal(8, await host.EventFree(SandboxDemoIds.TenSeatsLeft));
        using var request = new HttpRequestMessage(HttpMethod.Get, "v1/demo/peppered/cart/renew/summary");
        request.Headers.TryAddWithoutValidation("Authorization", "sandbox-demo-key");
        using var summary = await host.Http.SendAsync(request, TestContext.Current.CancellationToken);
        // Seeded at 10:00 Amsterdam summer time; the second add at 10:04 holds until 10:09.
        Assert.Equal("2026-04-01T10:09:00+02:00", (await SandboxHost.Read(summary)).GetProperty("timeOut").GetString());
    }

    [Fact]
    public async Task An_unpaid_order_releases_its_seats_when_the_reservation_times_out()
    {
        await using var host = await SandboxHost.StartAsync();
        var (key, _) = await host.PlaceOrder(SandboxDemoIds.TenSeatsLeft, 4);
        Assert.Equal(6, await host.EventFree(SandboxDemoIds.TenSeatsLeft));

        host.Time.Advance(TimeSpan.FromMinutes(15));

        Assert.Equal("cancelled", await host.OrderStatus(key));
        Assert.Equal(10, await host.EventFree(SandboxDemoIds.TenSeatsLeft));
    }
}
