using System.Net;
using Checkout.VoordeMensen;
using Checkout.VoordeMensen.Peppered;
using Checkout.VoordeMensen.Peppered.SeatMaps;

namespace Checkout.IntegrationTests.VoordeMensen;

/// <summary>
/// Holding chosen seats against a stubbed VdM that misbehaves in the ways the contract leaves open: it applies part of
/// an add, answers with fewer seats than sent, or loses the answer. The shop must never be left with half a selection.
/// </summary>
public sealed class SeatHoldContractTests : IDisposable
{
    private const string CartPath = "/v1/demo/peppered/cart/C1";
    private const string SeatingPath = "/v1/demo/peppered/seating/95";
    private readonly VdmTestHost _host = VdmTestHost.Create();

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private IVdmPepperedService Peppered => _host.Default.Peppered;

    private static string Cart(params string[] itemIds) => $$"""
        {"cartId": "C1", "timeOut": "2026-04-22T14:35:00+02:00", "numberOfItems": {{itemIds.Length}}, "amount": 0,
         "cartItems": [{{string.Join(",", itemIds.Select(id =>
            $$"""{"itemType": "ticket", "itemId": "{{id}}", "eventId": 95, "priceId": "std", "priceName": "Standard", "description": "Hamlet", "amount": 24.50}"""))}}]}
        """;

    private static string Plan(bool secondFree = true) => $$"""
        {"eventId": 95, "hallId": 1, "priceLevels": [{"priceId": "std", "rankId": 42, "name": "Rang 1", "amount": 24.50}],
         "sections": [{"sectionId": 5, "sectionName": "Parket", "rows": [{"rowNr": 3, "seats": [
            {"seatId": "s1", "seatNr": 12, "rankId": 42, "available": true},
            {"seatId": "s2", "seatNr": 13, "rankId": 42, "available": {{(secondFree ? "true" : "false")}}}]}]}],
         "available": 2}
        """;

    private async Task<SeatSelection> ChooseBothAsync()
    {
        var map = await Peppered.GetSeatMapAsync(95, Ct);
        return map!.Check([new SeatRequest("s1", "std"), new SeatRequest("s2", "std")], maxSeats: 10).Selection!;
    }

    [Fact]
    public async Task Chosen_seats_go_in_one_add_with_event_price_rank_and_seat_and_come_back_held()
    {
        _host.Stub.OnJson("GET", SeatingPath, Plan()).OnJson("GET", CartPath, Cart()).OnJson("POST", CartPath, Cart("s1", "s2"));

        var result = await Peppered.HoldSeatsAsync("C1", await ChooseBothAsync(), Ct);

        var held = Assert.IsType<SeatsHeld>(result);
        Assert.Equal([("s1", 3, 12), ("s2", 3, 13)], held.Seats.Select(c => (c.Seat.Id, c.Seat.Row, c.Seat.Number)));
        Assert.Equal(2, held.Cart.Items.Count);
        Assert.Equal(
            """[{"priceId":"std","rankId":42,"eventId":95,"seatId":"s1"},{"priceId":"std","rankId":42,"eventId":95,"seatId":"s2"}]""",
            Assert.Single(_host.Stub.RequestsTo("POST", CartPath)).Body);
        Assert.DoesNotContain(_host.Stub.Requests, r => r.Method == "DELETE");
    }

    [Fact]
    public async Task A_fresh_cart_Peppered_does_not_know_yet_counts_as_empty()
    {
        _host.Stub.OnJson("GET", SeatingPath, Plan()).On("GET", CartPath, HttpStatusCode.NotFound, """{"message": "Cart not found"}""")
            .OnJson("POST", CartPath, Cart("s1", "s2"));

        Assert.IsType<SeatsHeld>(await Peppered.HoldSeatsAsync("C1", await ChooseBothAsync(), Ct));
    }

    [Fact]
    public async Task Where_VdM_gives_cart_items_their_own_ids_as_many_new_tickets_as_seats_count_as_held()
    {
        _host.Stub.OnJson("GET", SeatingPath, Plan()).OnJson("GET", CartPath, Cart("old")).OnJson("POST", CartPath, Cart("old", "i1", "i2"));

        Assert.IsType<SeatsHeld>(await Peppered.HoldSeatsAsync("C1", await ChooseBothAsync(), Ct));
        Assert.DoesNotContain(_host.Stub.Requests, r => r.Method == "DELETE");
    }

    [Fact]
    public async Task A_refusal_after_VdM_added_one_seat_takes_it_out_again_and_names_the_seat_that_went_from_a_fresh_plan()
    {
        _host.Stub
            .OnJson("GET", SeatingPath, Plan()).OnJson("GET", SeatingPath, Plan(secondFree: false))
            .OnJson("GET", CartPath, Cart()).OnJson("GET", CartPath, Cart("s1")).OnJson("GET", CartPath, Cart())
            .On("POST", CartPath, HttpStatusCode.Conflict, """{"message": "Not available"}""")
            .On("DELETE", $"{CartPath}/s1", HttpStatusCode.NoContent, "");

        var result = await Peppered.HoldSeatsAsync("C1", await ChooseBothAsync(), Ct);

        var refused = Assert.IsType<SeatsRefused>(result);
        Assert.Equal(["s2"], refused.GoneSeats.Select(c => c.Seat.Id));
        Assert.Equal((VdmErrorKind.Rejected, "Not available"), (refused.Kind, refused.Message));
        Assert.Single(_host.Stub.RequestsTo("DELETE", $"{CartPath}/s1"));
    }

    [Fact]
    public async Task An_answer_with_fewer_seats_than_sent_is_undone_and_reported_as_a_refusal()
    {
        _host.Stub
            .OnJson("GET", SeatingPath, Plan()).OnJson("GET", SeatingPath, Plan(secondFree: false))
            .OnJson("GET", CartPath, Cart()).OnJson("POST", CartPath, Cart("s1"))
            .On("DELETE", $"{CartPath}/s1", HttpStatusCode.NoContent, "");

        var refused = Assert.IsType<SeatsRefused>(await Peppered.HoldSeatsAsync("C1", await ChooseBothAsync(), Ct));

        Assert.Equal(["s2"], refused.GoneSeats.Select(c => c.Seat.Id));
        Assert.Single(_host.Stub.RequestsTo("DELETE", $"{CartPath}/s1"));
    }

    [Fact]
    public async Task Seats_named_by_their_item_index_are_reported_without_another_plan_read()
    {
        _host.Stub
            .OnJson("GET", SeatingPath, Plan()).OnJson("GET", CartPath, Cart())
            .On("POST", CartPath, HttpStatusCode.UnprocessableEntity,
                """{"message": "The given data was invalid.", "errors": {"1.seatId": ["The selected seat is not available."]}}""");

        var refused = Assert.IsType<SeatsRefused>(await Peppered.HoldSeatsAsync("C1", await ChooseBothAsync(), Ct));

        Assert.Equal(["s2"], refused.GoneSeats.Select(c => c.Seat.Id));
        Assert.Equal(VdmErrorKind.Validation, refused.Kind);
        Assert.Single(_host.Stub.RequestsTo("GET", SeatingPath));
        Assert.DoesNotContain(_host.Stub.Requests, r => r.Method == "DELETE");
    }

    [Fact]
    public async Task A_refusal_for_another_reason_names_no_seat_and_keeps_VdMs_message()
    {
        _host.Stub
            .OnJson("GET", SeatingPath, Plan()).OnJson("GET", CartPath, Cart())
            .On("POST", CartPath, HttpStatusCode.UnprocessableEntity, """{"message": "Maximum number of tickets per order exceeded (10)"}""");

        var refused = Assert.IsType<SeatsRefused>(await Peppered.HoldSeatsAsync("C1", await ChooseBothAsync(), Ct));

        Assert.Empty(refused.GoneSeats);
        Assert.Equal("Maximum number of tickets per order exceeded (10)", refused.Message);
    }

    [Fact]
    public async Task A_lost_answer_takes_back_what_the_add_placed_and_still_fails()
    {
        _host.Stub
            .OnJson("GET", SeatingPath, Plan())
            .OnJson("GET", CartPath, Cart()).OnJson("GET", CartPath, Cart("s1", "s2")).OnJson("GET", CartPath, Cart("s2")).OnJson("GET", CartPath, Cart())
            .On("POST", CartPath, HttpStatusCode.BadGateway, "<html>Bad gateway</html>", "text/html")
            .On("DELETE", $"{CartPath}/s1", HttpStatusCode.NoContent, "")
            .On("DELETE", $"{CartPath}/s2", HttpStatusCode.NoContent, "");

        var error = await Assert.ThrowsAsync<VoordeMensenException>(async () => await Peppered.HoldSeatsAsync("C1", await ChooseBothAsync(), Ct));

        Assert.Equal(VdmErrorKind.Unavailable, error.Kind);
        Assert.Single(_host.Stub.RequestsTo("POST", CartPath));
        Assert.Single(_host.Stub.RequestsTo("DELETE", $"{CartPath}/s1"));
        Assert.Single(_host.Stub.RequestsTo("DELETE", $"{CartPath}/s2"));
    }

    [Fact]
    public async Task The_seat_map_reads_seat_kinds_when_VdM_sends_them_and_is_absent_for_general_admission_and_unknown_events()
    {
        _host.Stub
            .OnJson("GET", SeatingPath, """
                {"eventId": 95, "hallId": 1, "priceLevels": [], "available": 3, "sections": [{"sectionId": 5, "sectionName": "Parket", "rows": [
                  {"rowNr": 10, "seats": [{"seatId": 2904, "seatNr": 1, "rankId": 42, "available": true, "blockType": "WHEEL", "companionSeatId": 2905},
                                          {"seatId": 2905, "seatNr": 2, "rankId": 42, "available": true},
                                          {"seatId": 2906, "seatNr": 3, "rankId": 42, "available": true, "blockType": "sight"}]}]}]}
                """)
            .OnJson("GET", "/v1/demo/peppered/seating/96", """{"eventId": 96, "hallId": 2, "priceLevels": [], "sections": [], "available": 60}""")
            .On("GET", "/v1/demo/peppered/seating/97", HttpStatusCode.NotFound, """{"message": "Event not found"}""");

        var map = await Peppered.GetSeatMapAsync(95, Ct);

        Assert.NotNull(map);
        Assert.Equal(
            [("2904", SeatKind.Wheelchair, "2905"), ("2905", SeatKind.Companion, null), ("2906", SeatKind.Restricted, null)],
            map.Seats.Select(s => (s.Id, s.Kind, s.CompanionSeatId)));
        Assert.True(map.WheelchairPlacesAvailable);
        Assert.Null(await Peppered.GetSeatMapAsync(96, Ct));
        Assert.Null(await Peppered.GetSeatMapAsync(97, Ct));
    }

    [Fact]
    public async Task Without_a_Peppered_key_a_performance_has_no_seat_map_and_nothing_is_sent()
    {
        var settings = VdmTestHost.DefaultSettings();
        settings.Remove("VoordeMensen:ApiKey");
        using var host = VdmTestHost.Create(settings);

        Assert.Null(await host.Default.FindSeatMapAsync(95, Ct));
        Assert.Empty(host.Stub.Requests);
    }

    public void Dispose() => _host.Dispose();
}
