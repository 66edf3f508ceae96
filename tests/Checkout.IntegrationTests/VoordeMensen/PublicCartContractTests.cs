using System.Net;
using System.Text.Json;
using Checkout.VoordeMensen.Public;

namespace Checkout.IntegrationTests.VoordeMensen;

public sealed class PublicCartContractTests : IDisposable
{
    private const string CartId = "4DSMDACyPo8wLr8vFnTVUR6HzWC5tWGi";
    private readonly VdmTestHost _host = VdmTestHost.Create();

    private IVdmPublicService Public => _host.Default.Public;

    [Fact]
    public async Task Create_cart_posts_without_body_and_returns_the_cart_id()
    {
        _host.Stub.On("POST", "/v1/demo/cart/", HttpStatusCode.Created, PublicContractExamples.CartCreated);

        var cartId = await Public.CreateCartAsync(TestContext.Current.CancellationToken);

        Assert.Equal(CartId, cartId);
        var request = Assert.Single(_host.Stub.Requests);
        Assert.True(string.IsNullOrEmpty(request.Body));
    }

    [Fact]
    public async Task Add_tickets_sends_VdMs_exact_field_names_and_reads_the_old_docs_cart()
    {
        _host.Stub.OnJson("POST", $"/v1/demo/cart/{CartId}", PublicContractExamples.CartOldDocs);

        var cart = await Public.AddTicketsAsync(CartId, 95, "2ePdA8q3BN", 1, TestContext.Current.CancellationToken);

        var request = Assert.Single(_host.Stub.Requests);
        Assert.Equal("application/json", request.ContentType);
        using var body = JsonDocument.Parse(request.Body!);
        Assert.Equal(
            ["event_id", "numberoftickets", "discount_id"],
            body.RootElement.EnumerateObject().Select(p => p.Name));
        Assert.Equal(95, body.RootElement.GetProperty("event_id").GetInt32());
        Assert.Equal(1, body.RootElement.GetProperty("numberoftickets").GetInt32());
        Assert.Equal("2ePdA8q3BN", body.RootElement.GetProperty("discount_id").GetString());

        Assert.False(cart.IsEmpty);
        Assert.Equal(24.50m, cart.Total);
        var line = Assert.Single(cart.Lines);
        Assert.Equal("azL0bNZdD1", line.SeatId);
        Assert.Null(line.Row);
        Assert.Null(line.SeatNumber);
        Assert.Null(line.Section);
        Assert.Equal(95, line.EventId);
        Assert.Equal(new DateTimeOffset(2022, 4, 1, 20, 30, 0, TimeSpan.FromHours(2)), line.Start);
        Assert.Equal(1, line.Quantity);
        Assert.Equal(24.50m, line.Price);
        Assert.Equal("standaard", line.CategoryName);
        Assert.Equal("Standaard", line.DiscountName);
    }

    [Fact]
    public async Task Get_cart_reads_the_new_docs_cart()
    {
        _host.Stub.OnJson("GET", $"/v1/demo/cart/{CartId}", PublicContractExamples.CartNewDocs);

        var cart = await Public.GetCartAsync(CartId, TestContext.Current.CancellationToken);

        var line = Assert.Single(cart.Lines);
        Assert.Equal(new DateTimeOffset(2026, 4, 1, 20, 30, 0, TimeSpan.FromHours(2)), line.Start);
        Assert.Equal("Bellevue Grote Zaal", line.LocationName);
        Assert.Equal("2ePdA8q3BN", line.DiscountId);
        Assert.Equal(24.50m, cart.Total);
        Assert.Equal(1, cart.TicketCount);
    }

    [Fact]
    public async Task The_empty_cart_marker_reads_as_an_empty_cart()
    {
        _host.Stub.OnJson("GET", $"/v1/demo/cart/{CartId}", PublicContractExamples.EmptyCart);

        var cart = await Public.GetCartAsync(CartId, TestContext.Current.CancellationToken);

        Assert.True(cart.IsEmpty);
        Assert.Equal(0m, cart.Total);
    }

    [Fact]
    public async Task Remove_ticket_deletes_the_seat_then_reads_the_cart_back()
    {
        _host.Stub
            .On("DELETE", $"/v1/demo/cart/{CartId}/azL0bNZdD1", HttpStatusCode.OK, PublicContractExamples.EmptyCart)
            .OnJson("GET", $"/v1/demo/cart/{CartId}", PublicContractExamples.EmptyCart);

        var cart = await Public.RemoveTicketAsync(CartId, "azL0bNZdD1", TestContext.Current.CancellationToken);

        Assert.True(cart.IsEmpty);
        Assert.Equal(["DELETE", "GET"], _host.Stub.Requests.Select(r => r.Method));
    }

    public void Dispose() => _host.Dispose();
}
