using System.Net.Http.Json;
using Checkout.Sandbox;
using Checkout.VoordeMensen;
using Checkout.VoordeMensen.Orders;

namespace Checkout.IntegrationTests.Sandbox;

/// <summary>IVoordeMensenOrders against the sandbox: the order state comes from Peppered's list, matched on the order key.</summary>
public sealed class OrderReportOnSandboxTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task A_paid_order_the_venue_cancelled_later_reports_paid_and_cancelled()
    {
        await using var sandbox = await SandboxHost.StartAsync();
        await using var library = LibraryOnSandbox.For(sandbox);
        var (key, url) = await sandbox.PlaceOrder(SandboxDemoIds.ReservedSeating, 2);
        using var paid = await PaymentSimulator.ChooseAsync(url, "pay");
        sandbox.Time.Advance(TimeSpan.FromHours(3));
        using var cancelled = await sandbox.Http.PostAsync($"admin/orders/demo/{key}/cancel", null, Ct);

        var report = await library.Service<IVoordeMensenOrders>().GetAsync("default", key, SandboxHost.Start, Ct);

        Assert.Equal(PaymentStatusKind.Paid, report!.PaymentStatus.Kind);
        Assert.Equal(new OrderState(OrderStateKind.Cancelled, "cancel"), report.State);
        Assert.Equal(OrderStateSource.Peppered, report.StateSource);
    }

    [Theory]
    [InlineData("ord", OrderStateKind.Regular)]
    [InlineData("cancel", OrderStateKind.Cancelled)]
    [InlineData("res", OrderStateKind.Reservation)]
    [InlineData("pros", OrderStateKind.Prospect)]
    [InlineData("reemit", OrderStateKind.Reemitted)]
    [InlineData("reissue", OrderStateKind.Reissued)]
    [InlineData("trash", OrderStateKind.Trash)]
    public async Task Every_order_status_reaches_the_report(string status, OrderStateKind expected)
    {
        await using var sandbox = await SandboxHost.StartAsync();
        await using var library = LibraryOnSandbox.For(sandbox);
        var (key, _) = await sandbox.PlaceOrder(SandboxDemoIds.ReservedSeating, 1);
        using var set = await sandbox.Http.PutAsJsonAsync($"admin/orders/demo/{key}/order-status", new { status }, Ct);

        var report = await library.Service<IVoordeMensenOrders>().GetAsync("default", key, cancellationToken: Ct);

        Assert.Equal(expected, report!.State.Kind);
        Assert.Equal(PaymentStatusKind.Pending, report.PaymentStatus.Kind);
    }

    [Fact]
    public async Task Without_a_key_the_state_of_a_sandbox_order_is_unknown()
    {
        await using var sandbox = await SandboxHost.StartAsync();
        await using var library = LibraryOnSandbox.For(sandbox, apiKey: "");
        var (key, _) = await sandbox.PlaceOrder(SandboxDemoIds.ReservedSeating, 1);

        var report = await library.Service<IVoordeMensenOrders>().GetAsync("default", key, cancellationToken: Ct);

        Assert.Equal(OrderStateSource.None, report!.StateSource);
        Assert.Equal(PaymentStatusKind.Pending, report.PaymentStatus.Kind);
    }
}
