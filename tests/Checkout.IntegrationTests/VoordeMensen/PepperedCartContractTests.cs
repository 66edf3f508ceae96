using System.Net;
using System.Text.Json;
using Checkout.VoordeMensen;
using Checkout.VoordeMensen.Peppered;

namespace Checkout.IntegrationTests.VoordeMensen;

public sealed class PepperedCartContractTests : IDisposable
{
    private const string CartId = "4DSMDACyPo8wLr8vFnTVUR6HzWC5tWGi";
    private const string CartPath = $"/v1/demo/peppered/cart/{CartId}";
    private static readonly DateTimeOffset TimeOut = new(2026, 4, 22, 14, 35, 0, TimeSpan.FromHours(2));
    private readonly VdmTestHost _host = VdmTestHost.Create();

    private IVdmPepperedService Peppered => _host.Default.Peppered;

    [Fact]
    public async Task Summary_example_reads_the_hold_expiry()
    {
        _host.Stub.OnJson("GET", $"{CartPath}/summary", PepperedContractExamples.PepperedCartSummary);

        var summary = await Peppered.GetCartSummaryAsync(CartId, TestContext.Current.CancellationToken);

        Assert.Equal(new PepperedCartSummary(CartId, TimeOut, 3, 73.50m), summary);
    }

    [Fact]
    public async Task Add_items_writes_the_documented_array_and_reads_the_CartResource()
    {
        _host.Stub.OnJson("POST", CartPath, PepperedContractExamples.PepperedCart);

        var cart = await Peppered.AddToCartAsync(
            CartId,
            [PepperedCartAddition.Tickets(95, "2ePdA8q3BN", 42, 2), PepperedCartAddition.Donation(5.00m)],
            TestContext.Current.CancellationToken);

        var sent = JsonSerializer.Deserialize<JsonElement>(Assert.Single(_host.Stub.Requests).Body!);
        var documented = JsonSerializer.Deserialize<JsonElement>(PepperedContractExamples.PepperedCartAddBody);
        Assert.True(JsonElement.DeepEquals(documented, sent), $"sent {sent}");
        Assert.Equal(TimeOut, cart.TimeOut);
        Assert.Equal(2, cart.NumberOfItems);
        Assert.Equal(49.00m, cart.Amount);
        Assert.Equal([new PepperedCartItem("ticket", "azL0bNZdD1", 95, "2ePdA8q3BN", "Standard", "Hamlet — Grote Zaal", 24.50m)], cart.Items);
    }

    [Fact]
    public async Task A_specific_seat_is_added_with_its_seat_id()
    {
        _host.Stub.OnJson("POST", CartPath, PepperedContractExamples.PepperedCart);

        await Peppered.AddToCartAsync(CartId, [PepperedCartAddition.Seat(95, "2ePdA8q3BN", 42, "abc")], TestContext.Current.CancellationToken);

        Assert.Equal(
            """[{"priceId":"2ePdA8q3BN","rankId":42,"eventId":95,"seatId":"abc"}]""",
            Assert.Single(_host.Stub.Requests).Body);
    }

    [Fact]
    public async Task Remove_item_empty_and_checkout_use_their_paths()
    {
        _host.Stub
            .On("DELETE", $"{CartPath}/azL0bNZdD1", HttpStatusCode.NoContent, "")
            .OnJson("GET", CartPath, PepperedContractExamples.PepperedCart)
            .On("DELETE", CartPath, HttpStatusCode.NoContent, "")
            .OnJson("POST", $"{CartPath}/checkout", PepperedContractExamples.PepperedOrders.Trim()[1..^1]);

        var afterRemove = await Peppered.RemoveCartItemAsync(CartId, "azL0bNZdD1", TestContext.Current.CancellationToken);
        await Peppered.EmptyCartAsync(CartId, TestContext.Current.CancellationToken);
        var order = await Peppered.CheckoutAsync(CartId, new PepperedCheckout(1, 867), TestContext.Current.CancellationToken);

        Assert.Equal(CartId, afterRemove.CartId);
        Assert.Equal(["DELETE", "GET", "DELETE", "POST"], _host.Stub.Requests.Select(r => r.Method));
        Assert.Equal("""{"paymentMethodId":1,"customerId":867}""", _host.Stub.RequestsTo("POST", $"{CartPath}/checkout").Single().Body);
        Assert.Equal("XgFca-QmBxG-9WhAj-Osszb", order.OrderKey);
    }

    [Fact]
    public async Task A_failing_cart_add_is_sent_once_and_reports_VdMs_message()
    {
        _host.Stub.On("POST", CartPath, HttpStatusCode.Conflict, """{"message": "Seat abc is no longer available"}""");

        var error = await Assert.ThrowsAsync<VoordeMensenException>(() => Peppered.AddToCartAsync(
            CartId, [PepperedCartAddition.Seat(95, "2ePdA8q3BN", 42, "abc")], TestContext.Current.CancellationToken));

        Assert.Equal(VdmErrorKind.Rejected, error.Kind);
        Assert.Equal("Seat abc is no longer available", error.Message);
        Assert.Single(_host.Stub.Requests);
    }

    [Fact]
    public async Task A_cart_Peppered_does_not_know_is_null_not_an_exception_for_the_Find_calls()
    {
        _host.Stub.On("GET", $"{CartPath}/summary", HttpStatusCode.NotFound, """{"message": "Cart not found"}""");
        _host.Stub.On("GET", CartPath, HttpStatusCode.NotFound, """{"message": "Cart not found"}""");

        Assert.Null(await Peppered.FindCartSummaryAsync(CartId, TestContext.Current.CancellationToken));
        Assert.Null(await Peppered.FindCartAsync(CartId, TestContext.Current.CancellationToken));
        var thrown = await Assert.ThrowsAsync<VoordeMensenException>(() => Peppered.GetCartSummaryAsync(CartId, TestContext.Current.CancellationToken));
        Assert.Equal(VdmErrorKind.NotFound, thrown.Kind);
    }

    [Fact]
    public async Task A_known_cart_is_read_by_the_Find_calls_with_VdMs_amount()
    {
        _host.Stub.OnJson("GET", $"{CartPath}/summary", PepperedContractExamples.PepperedCartSummary);
        _host.Stub.OnJson("GET", CartPath, PepperedContractExamples.PepperedCart);

        Assert.Equal(new PepperedCartSummary(CartId, TimeOut, 3, 73.50m), await Peppered.FindCartSummaryAsync(CartId, TestContext.Current.CancellationToken));
        Assert.Equal(49.00m, (await Peppered.FindCartAsync(CartId, TestContext.Current.CancellationToken))!.Amount);
    }

    [Fact]
    public async Task A_failing_Find_call_still_throws_for_anything_but_404()
    {
        _host.Stub.On("GET", $"{CartPath}/summary", HttpStatusCode.Unauthorized, """{"message": "Unauthenticated."}""");

        var thrown = await Assert.ThrowsAsync<VoordeMensenException>(() => Peppered.FindCartSummaryAsync(CartId, TestContext.Current.CancellationToken));
        Assert.Equal(VdmErrorKind.Unauthorized, thrown.Kind);
    }

    public void Dispose() => _host.Dispose();
}
