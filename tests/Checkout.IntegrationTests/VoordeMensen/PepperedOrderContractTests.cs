using System.Net;
using Checkout.VoordeMensen;
using Checkout.VoordeMensen.Peppered;

namespace Checkout.IntegrationTests.VoordeMensen;

public sealed class PepperedOrderContractTests : IDisposable
{
    private static readonly DateTimeOffset LastChanged = new(2026, 4, 22, 13, 10, 12, TimeSpan.FromHours(2));
    private readonly VdmTestHost _host = VdmTestHost.Create();

    private IVdmPepperedService Peppered => _host.Default.Peppered;

    private static PepperedOrder ExampleOrder => new()
    {
        Id = 12345,
        OrderKey = "XgFca-QmBxG-9WhAj-Osszb",
        CustomerId = 867,
        State = new OrderState(OrderStateKind.Regular, "ord"),
        PaymentStatus = new PaymentStatus(PaymentStatusKind.Paid, "paid"),
        OrderDate = new DateTimeOffset(2026, 4, 22, 13, 8, 55, TimeSpan.FromHours(2)),
        TimeOut = null,
        Amount = 49.00m,
        Donation = 5.00m,
        LastChanged = LastChanged,
        PaymentMethodName = "iDEAL",
        DiscountName = null,
    };

    [Fact]
    public async Task Orders_example_reads_statuses_as_enums_with_changedSince_in_the_query()
    {
        _host.Stub.OnJson("GET", "/v1/demo/peppered/order?changedSince=2026-04-22T13%3A10%3A12%2B02%3A00", PepperedContractExamples.PepperedOrders);

        var orders = await Peppered.GetOrdersAsync(LastChanged, TestContext.Current.CancellationToken);

        Assert.Equal([ExampleOrder], orders);
    }

    [Fact]
    public async Task A_missing_order_reads_as_null()
    {
        _host.Stub.On("GET", "/v1/demo/peppered/order/1", HttpStatusCode.NotFound, """{"message": "Order not found"}""");

        Assert.Null(await Peppered.GetOrderAsync(1, TestContext.Current.CancellationToken));
    }

    [Fact]
    public async Task Order_export_reads_integer_seat_ids_as_strings_and_the_inline_customer()
    {
        _host.Stub.OnJson("POST", "/v1/demo/peppered/export/orders", PepperedContractExamples.PepperedOrderExport);

        var export = Assert.Single(await Peppered.ExportOrdersAsync(LastChanged, TestContext.Current.CancellationToken));

        Assert.Equal("""{"changedSince":"2026-04-22T13:10:12+02:00"}""", Assert.Single(_host.Stub.Requests).Body);
        Assert.Equal(ExampleOrder, export.Order);
        Assert.Equal("www", export.Channel);
        Assert.Equal(0.50m, export.Fee);
        Assert.Equal([new ExportedSeat("2904", 95, 42, 5, 12, 24.50m, "2ePdA8q3BN", "Standard")], export.Seats);
        Assert.Empty(export.DeletedSeats);
        Assert.Equal(new Customer(867, "visitor@example.com", "Jane", "Doe", CustomerDetails.None), export.Customer);
    }

    [Fact]
    public async Task Waiting_list_and_customer_exports_read_without_changedSince()
    {
        _host.Stub
            .OnJson("POST", "/v1/demo/peppered/export/waitinglist", PepperedContractExamples.PepperedWaitingList)
            .OnJson("POST", "/v1/demo/peppered/export/customers", $"[{PepperedContractExamples.PepperedCustomer}]");

        var waiting = Assert.Single(await Peppered.ExportWaitingListAsync(cancellationToken: TestContext.Current.CancellationToken));
        var customers = await Peppered.ExportCustomersAsync(cancellationToken: TestContext.Current.CancellationToken);

        Assert.All(_host.Stub.Requests, r => Assert.Equal("{}", r.Body));
        Assert.Equal(42, waiting.Id);
        Assert.Equal(95, waiting.EventId);
        Assert.Equal(2, waiting.NumberOfTickets);
        Assert.Equal("notified", waiting.Type);
        Assert.Equal(new DateTimeOffset(2026, 4, 20, 9, 30, 0, TimeSpan.FromHours(2)), waiting.NotifiedAt);
        Assert.Equal(867, waiting.Customer?.Id);
        Assert.Equal(867, Assert.Single(customers).Id);
    }

    public void Dispose() => _host.Dispose();
}
