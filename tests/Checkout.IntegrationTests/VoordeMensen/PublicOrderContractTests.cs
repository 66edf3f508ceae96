using System.Text.Json;
using Checkout.VoordeMensen;
using Checkout.VoordeMensen.Public;

namespace Checkout.IntegrationTests.VoordeMensen;

public sealed class PublicOrderContractTests : IDisposable
{
    private readonly VdmTestHost _host = VdmTestHost.Create();

    private IVdmPublicService Public => _host.Default.Public;

    [Fact]
    public async Task Payment_methods_example_reads_costs_as_decimals()
    {
        _host.Stub.OnJson("GET", "/v1/demo/paymentmethods", PublicContractExamples.PaymentMethods);

        var methods = await Public.GetPaymentMethodsAsync(TestContext.Current.CancellationToken);

        Assert.Equal(
            [
                new PaymentMethod(33, "iDEAL", 0.00m),
                new PaymentMethod(34, "Credit card", 1.50m),
                new PaymentMethod(35, "Bancontact", 0.00m),
                new PaymentMethod(37, "SOFORT Banking", 0.00m),
            ],
            methods);
    }

    [Fact]
    public async Task Create_order_writes_exactly_the_documented_fields_and_unwraps_the_array()
    {
        _host.Stub.OnJson("POST", "/v1/demo/order/create", PublicContractExamples.OrderCreated);
        var request = new OrderRequest(
            "4DSMDACyPo8wLr8vFnTVUR6HzWC5tWGi",
            33,
            new Uri("https://checkout.example/return"),
            new BuyerDetails { Email = "visitor@example.com", FirstName = "Jane", LastName = "Doe", City = "Utrecht", ContactOptIn = true });

        var created = await Public.CreateOrderAsync(request, TestContext.Current.CancellationToken);

        Assert.Equal(new OrderCreated(new Uri("https://link-to-paymentprovider"), "unique-identifier-of-order"), created);
        using var body = JsonDocument.Parse(Assert.Single(_host.Stub.Requests).Body!);
        var root = body.RootElement;
        Assert.Equal(
            ["cart_id", "payment_id", "redirectURL", "email", "firstname", "lastname", "phone", "address", "city", "zip", "avg_optin", "avg_mailinglist"],
            root.EnumerateObject().Select(p => p.Name));
        Assert.Equal(33, root.GetProperty("payment_id").GetInt32());
        Assert.Equal("https://checkout.example/return", root.GetProperty("redirectURL").GetString());
        Assert.Equal("", root.GetProperty("phone").GetString());
        Assert.True(root.GetProperty("avg_optin").GetBoolean());
        Assert.False(root.GetProperty("avg_mailinglist").GetBoolean());
    }

    [Fact]
    public async Task Order_status_example_reads_payment_status_urls_and_integer_seat_ids_as_strings()
    {
        _host.Stub.OnJson("GET", "/v1/demo/order/XgFca-QmBxG-9WhAj-Osszb", PublicContractExamples.OrderStatus);

        var status = await Public.GetOrderStatusAsync("XgFca-QmBxG-9WhAj-Osszb", TestContext.Current.CancellationToken);

        Assert.NotNull(status);
        Assert.Equal(new PaymentStatus(PaymentStatusKind.Paid, "paid"), status.PaymentStatus);
        Assert.Equal(1, status.TicketCount);
        Assert.Equal(new Uri("https://tickets.voordemensen.nl/client_name/order/XgFca-QmBxG-9WhAj-Osszb/ticket"), status.TicketsUrl);
        Assert.Equal(new Uri("https://tickets.voordemensen.nl/client_name/order/XgFca-QmBxG-9WhAj-Osszb/receipt"), status.ReceiptUrl);
        Assert.Equal([new OrderSeat("2904", "Your Event", null)], status.Seats);
    }

    [Fact]
    public async Task Payment_check_goes_to_the_ticket_host_without_the_key()
    {
        _host.Stub.OnJson("GET", "/api/demo/payment/XgFca-QmBxG-9WhAj-Osszb", "{}");

        await Public.CheckPaymentAsync("XgFca-QmBxG-9WhAj-Osszb", TestContext.Current.CancellationToken);

        var request = Assert.Single(_host.Stub.Requests);
        Assert.Equal("https://tickets.vdm.test", request.Authority);
        Assert.Null(request.Authorization);
    }

    [Fact]
    public async Task Locations_and_event_types_read_the_fields_seen_in_integration_code()
    {
        _host.Stub
            .OnJson("GET", "/v1/demo/locations/", """[{"location_id": "1", "location_name": "Bellevue Grote Zaal", "location_city": "Amsterdam"}, {"message": "x"}]""")
            .OnJson("GET", "/v1/demo/eventtypes/", """[{"eventtype_name": "Cabaret"}, {"eventtype_name": "Muziek"}]""")
            .OnJson("GET", "/v1/demo/eventtypes/Muziek%20%26%20Dans", PublicContractExamples.Events);

        var locations = await Public.GetLocationsAsync(TestContext.Current.CancellationToken);
        var types = await Public.GetEventTypesAsync(TestContext.Current.CancellationToken);
        var ofType = await Public.GetProductionsOfTypeAsync("Muziek & Dans", TestContext.Current.CancellationToken);

        Assert.Equal([new Location(1, "Bellevue Grote Zaal", null, null, null, "Amsterdam", null, null)], locations);
        Assert.Equal(["Cabaret", "Muziek"], types);
        Assert.Equal(94, Assert.Single(ofType).Id);
    }

    public void Dispose() => _host.Dispose();
}
