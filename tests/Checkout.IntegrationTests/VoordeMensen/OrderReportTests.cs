using System.Net;
using Checkout.VoordeMensen;
using Checkout.VoordeMensen.Orders;
using Microsoft.Extensions.DependencyInjection;

namespace Checkout.IntegrationTests.VoordeMensen;

/// <summary>Payment status and order state by order key, against a stubbed VdM (clock: 2026-04-01 12:00 Amsterdam).</summary>
public sealed class OrderReportTests : IDisposable
{
    private const string Key = "XgFca-QmBxG-9WhAj-Osszb";
    private const string StatusPath = $"/v1/demo/order/{Key}";
    private const string OrderList = "/v1/demo/peppered/order?changedSince=";

    private readonly VdmTestHost _host = VdmTestHost.Create(fakeTime: true);

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private IVoordeMensenOrders Orders => _host.Services.GetRequiredService<IVoordeMensenOrders>();

    [Fact]
    public async Task An_order_status_on_the_public_status_is_used_without_asking_Peppered()
    {
        _host.Stub.OnJson("GET", StatusPath, PublicStatus("paid", """, "order_status": "cancel" """));

        var report = await Orders.GetAsync("default", Key, cancellationToken: Ct);

        Assert.Equal(new OrderState(OrderStateKind.Cancelled, "cancel"), report!.State);
        Assert.Equal(OrderStateSource.PublicStatus, report.StateSource);
        Assert.Single(_host.Stub.Requests);
    }

    [Fact]
    public async Task A_paid_order_cancelled_later_is_found_in_Peppereds_list_from_the_placed_at_hint()
    {
        _host.Stub.OnJson("GET", StatusPath, PublicStatus("paid"));
        _host.Stub.OnJson("GET", OrderList + "2026-04-01T09%3A40%3A00%2B00%3A00", $"[{PepperedOrder("AAAAA-BBBBB-CCCCC-DDDDD", "ord")}, {PepperedOrder(Key, "cancel")}]");

        var report = await Orders.GetAsync("default", Key, new DateTimeOffset(2026, 4, 1, 11, 50, 0, TimeSpan.FromHours(2)), Ct);

        Assert.Equal(PaymentStatusKind.Paid, report!.PaymentStatus.Kind);
        Assert.Equal(OrderStateKind.Cancelled, report.State.Kind);
        Assert.Equal(OrderStateSource.Peppered, report.StateSource);
        Assert.Equal(VdmTestHost.DemoKey, _host.Stub.Requests.Last().Authorization);
    }

    [Theory]
    [InlineData(null, "2026-03-30T10%3A00%3A00%2B00%3A00")]
    [InlineData("2026-01-01T12:00:00+01:00", "2026-03-01T10%3A00%3A00%2B00%3A00")]
    [InlineData("2026-04-02T12:00:00+02:00", "2026-04-01T09%3A50%3A00%2B00%3A00")]
    public async Task The_Peppered_window_is_two_days_without_a_hint_and_never_more_than_31_days_or_into_the_future(string? placedAt, string changedSince)
    {
        _host.Stub.OnJson("GET", StatusPath, PublicStatus("pending"));
        _host.Stub.OnJson("GET", OrderList + changedSince, $"[{PepperedOrder(Key, "res")}]");

        var report = await Orders.GetAsync("default", Key, placedAt is null ? null : DateTimeOffset.Parse(placedAt, System.Globalization.CultureInfo.InvariantCulture), Ct);

        Assert.Equal(OrderStateKind.Reservation, report!.State.Kind);
    }

    [Fact]
    public async Task An_order_not_in_the_window_has_an_unknown_state()
    {
        _host.Stub.OnJson("GET", StatusPath, PublicStatus("paid"));
        _host.Stub.OnJson("GET", OrderList + "2026-03-30T10%3A00%3A00%2B00%3A00", "[]");

        var report = await Orders.GetAsync("default", Key, cancellationToken: Ct);

        Assert.Equal(OrderStateKind.Unknown, report!.State.Kind);
        Assert.False(report.IsStateKnown);
        Assert.Equal(PaymentStatusKind.Paid, report.PaymentStatus.Kind);
    }

    [Fact]
    public async Task A_failed_Peppered_lookup_leaves_the_state_unknown_with_a_warning_that_holds_no_key()
    {
        _host.Stub.OnJson("GET", StatusPath, PublicStatus("paid"));
        _host.Stub.On("GET", OrderList + "2026-03-30T10%3A00%3A00%2B00%3A00", HttpStatusCode.Forbidden, """{"message": "Forbidden"}""");

        var report = await Orders.GetAsync("default", Key, cancellationToken: Ct);

        Assert.Equal(OrderStateSource.None, report!.StateSource);
        var warning = Assert.Single(_host.Logs.Lines, l => l.Contains(" Warning ", StringComparison.Ordinal));
        Assert.Contains("GET /v1/{client}/peppered/order failed: Unauthorized (HTTP 403)", warning, StringComparison.Ordinal);
        Assert.DoesNotContain(_host.Logs.Lines, l => l.Contains(Key, StringComparison.Ordinal) || l.Contains(VdmTestHost.DemoKey, StringComparison.Ordinal));
    }

    [Fact]
    public async Task Without_a_key_Peppered_is_not_asked_and_the_state_is_unknown()
    {
        var settings = VdmTestHost.DefaultSettings();
        settings.Remove("Clients:fringe:VoordeMensen:ApiKey");
        using var host = VdmTestHost.Create(settings, fakeTime: true);
        host.Stub.OnJson("GET", $"/v1/fringe/order/{Key}", PublicStatus("pending"));

        var report = await host.Services.GetRequiredService<IVoordeMensenOrders>().GetAsync("fringe", Key, cancellationToken: Ct);

        Assert.Equal(OrderStateSource.None, report!.StateSource);
        Assert.Single(host.Stub.Requests);
    }

    [Fact]
    public async Task An_order_status_field_of_another_shape_is_ignored()
    {
        _host.Stub.OnJson("GET", StatusPath, PublicStatus("paid", """, "order_status": {"code": 5} """));
        _host.Stub.OnJson("GET", OrderList + "2026-03-30T10%3A00%3A00%2B00%3A00", $"[{PepperedOrder(Key, "ord")}]");

        var report = await Orders.GetAsync("default", Key, cancellationToken: Ct);

        Assert.Equal(OrderStateKind.Regular, report!.State.Kind);
        Assert.Equal(OrderStateSource.Peppered, report.StateSource);
    }

    [Fact]
    public async Task An_order_vdm_does_not_know_is_null()
    {
        _host.Stub.On("GET", StatusPath, HttpStatusCode.NotFound, """{"message": "Order not found"}""");

        Assert.Null(await Orders.GetAsync("default", Key, cancellationToken: Ct));
        Assert.Single(_host.Stub.Requests);
    }

    public void Dispose() => _host.Dispose();

    private static string PublicStatus(string paymentStatus, string extra = "") =>
        $$"""{"order_payment_status": "{{paymentStatus}}", "order_tickets_nr": 1, "order_tickets_url": "https://tickets.voordemensen.nl/demo/order/{{Key}}/ticket", "order_receipt_url": "https://tickets.voordemensen.nl/demo/order/{{Key}}/receipt", "seats": [{"seat_id": 2904, "event_name": "Your Event", "event_type": null}]{{extra}}}""";

    private static string PepperedOrder(string key, string state) =>
        $$"""{"orderId": 12345, "orderKey": "{{key}}", "customerId": null, "orderStatus": "{{state}}", "orderPaymentStatus": "paid", "orderDate": "2026-04-01T11:50:00+02:00", "timeOut": null, "amount": 49.00, "orderDonation": 0, "lastChanged": "2026-04-01T11:55:00+02:00", "handlingTextPayment": "iDEAL", "discountName": null}""";
}
