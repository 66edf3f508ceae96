using System.Net;
using System.Text.Json;
using Checkout.Sandbox;
using static Checkout.Sandbox.SandboxDemoSeats;

namespace Checkout.IntegrationTests.Sandbox;

/// <summary>The sandbox's halls and seat-level cart adds as they appear on the wire.</summary>
public sealed class SeatPlanWireTests
{
    private static IEnumerable<JsonElement> Seats(JsonElement plan, string section, int row) =>
        plan.GetProperty("sections").EnumerateArray().Single(s => s.GetProperty("sectionName").GetString() == section)
            .GetProperty("rows").EnumerateArray().Single(r => r.GetProperty("rowNr").GetInt32() == row)
            .GetProperty("seats").EnumerateArray();

    private static JsonElement Seat(JsonElement plan, SandboxSeatPosition place) =>
        Seats(plan, place.Section, place.Row).Single(s => s.GetProperty("seatNr").GetInt32() == place.Seat);

    private static string Id(JsonElement seat) => seat.GetProperty("seatId").GetString()!;

    private static object Item(string priceId, int rankId, string seatId, int eventId = SandboxDemoIds.ReservedSeating) =>
        new { priceId, rankId, eventId, seatId };

    [Fact]
    public async Task The_seat_plan_marks_wheelchair_places_with_their_companion_and_obstructed_and_held_back_places_by_block_code()
    {
        await using var host = await SandboxHost.StartAsync();
        var peppered = new PepperedClient(host);

        var plan = await peppered.Get($"seating/{SandboxDemoIds.ReservedSeating}");
        var hall = await peppered.Get($"hall/{DemoHall}");
        var wheelchair = Seat(plan, DemoWheelchair);

        WireShape.AssertMatches(PepperedExamples.SeatPlan, plan);
        WireShape.AssertMatches(PepperedExamples.Hall, hall);
        Assert.Equal(("wheel", Id(Seat(plan, DemoWheelchairCompanion)), true),
            (wheelchair.GetProperty("blockType").GetString(), wheelchair.GetProperty("companionSeatId").GetString(), wheelchair.GetProperty("available").GetBoolean()));
        Assert.False(Seat(plan, DemoSoldWheelchair).GetProperty("available").GetBoolean());
        Assert.False(Seat(plan, DemoWheelchairCompanion).TryGetProperty("blockType", out _));
        Assert.All(DemoRestricted, p => Assert.Equal("sight", Seat(plan, p).GetProperty("blockType").GetString()));
        Assert.All(DemoTechnical, p => Assert.Equal(("tech", false), (Seat(plan, p).GetProperty("blockType").GetString(), Seat(plan, p).GetProperty("available").GetBoolean())));
        Assert.Equal([14, 14, 14, 16, 16, 16, 16, 16, 16, 16], Enumerable.Range(1, 10).Select(r => Seats(plan, DemoStalls, r).Count()));
        Assert.Equal(202 - DemoSoldInReservedSeating.Count - DemoTechnical.Count, plan.GetProperty("available").GetInt32());
    }

    [Fact]
    public async Task The_single_event_counts_free_places_per_rank_and_per_block_type()
    {
        await using var host = await SandboxHost.StartAsync();
        var peppered = new PepperedClient(host);

        var one = await peppered.Get($"event/{SandboxDemoIds.ReservedSeating}");

        Assert.Equal(["rankId", "rankName", "available"], one.GetProperty("availability")[0].EnumerateObject().Select(p => p.Name));
        var blocks = one.GetProperty("blockAvailability").EnumerateArray()
            .ToDictionary(b => b.GetProperty("blockType").GetString()!, b => (b.GetProperty("total").GetInt32(), b.GetProperty("available").GetInt32()));
        Assert.Equal(new Dictionary<string, (int, int)> { ["wheel"] = (3, 2), ["tech"] = (2, 0), ["sight"] = (4, 4) }, blocks);
        Assert.Equal(Enumerable.Sum(one.GetProperty("availability").EnumerateArray(), a => a.GetProperty("available").GetInt32()),
            (await peppered.Get($"seating/{SandboxDemoIds.ReservedSeating}")).GetProperty("available").GetInt32());
    }

    [Fact]
    public async Task A_taken_seat_refuses_the_whole_add_names_it_by_item_index_and_leaves_the_cart_and_the_other_seat_as_they_were()
    {
        await using var host = await SandboxHost.StartAsync();
        var peppered = new PepperedClient(host);
        var priceId = await host.FirstDiscountId(SandboxDemoIds.ReservedSeating);
        var plan = await peppered.Get($"seating/{SandboxDemoIds.ReservedSeating}");
        var free = Id(Seat(plan, new(DemoStalls, 2, 5)));
        var sold = Id(Seat(plan, DemoSoldInReservedSeating[0]));

        using var response = await peppered.Send(HttpMethod.Post, "cart/atomic", new[] { Item(priceId, 41, free), Item(priceId, 41, sold) });
        var body = await SandboxHost.Read(response);

        Assert.Equal(HttpStatusCode.Conflict, response.StatusCode);
        Assert.Equal("Seat not available", body.GetProperty("message").GetString());
        Assert.Equal(["1.seatId"], body.GetProperty("errors").EnumerateObject().Select(e => e.Name));
        Assert.Contains(sold, body.GetProperty("errors").GetProperty("1.seatId")[0].GetString(), StringComparison.Ordinal);
        var cart = await peppered.Get("cart/atomic");
        Assert.Equal((0, JsonValueKind.Null), (cart.GetProperty("numberOfItems").GetInt32(), cart.GetProperty("timeOut").ValueKind));
        Assert.True(Seat(await peppered.Get($"seating/{SandboxDemoIds.ReservedSeating}"), new(DemoStalls, 2, 5)).GetProperty("available").GetBoolean());
    }

    [Fact]
    public async Task A_seat_of_another_performance_a_wrong_rank_or_the_same_seat_twice_is_refused_as_invalid()
    {
        await using var host = await SandboxHost.StartAsync();
        var peppered = new PepperedClient(host);
        var priceId = await host.FirstDiscountId(SandboxDemoIds.ReservedSeating);
        var plan = await peppered.Get($"seating/{SandboxDemoIds.ReservedSeating}");
        var otherNight = await peppered.Get($"seating/{SandboxDemoIds.ReservedSeating + 1}");
        var seat = Id(Seat(plan, new(DemoStalls, 2, 5)));
        var stalls = Id(Seat(plan, new(DemoStalls, 2, 6)));

        using var response = await peppered.Send(HttpMethod.Post, "cart/invalid", new[]
        {
            Item(priceId, 41, Id(Seat(otherNight, new(DemoStalls, 2, 5)))), Item(priceId, 42, stalls), Item(priceId, 41, seat), Item(priceId, 41, seat),
        });
        var body = await SandboxHost.Read(response);

        Assert.Equal(HttpStatusCode.UnprocessableEntity, response.StatusCode);
        Assert.Equal(["0.seatId", "1.seatId", "3.seatId"], body.GetProperty("errors").EnumerateObject().Select(e => e.Name));
        Assert.Equal(0, (await peppered.Get("cart/invalid")).GetProperty("numberOfItems").GetInt32());
    }

    [Fact]
    public async Task Seats_added_through_Peppered_appear_with_row_seat_and_section_in_the_public_cart()
    {
        await using var host = await SandboxHost.StartAsync();
        var peppered = new PepperedClient(host);
        var priceId = await host.FirstDiscountId(SandboxDemoIds.ReservedSeating);
        var plan = await peppered.Get($"seating/{SandboxDemoIds.ReservedSeating}");

        await peppered.Post("cart/both", new[] { Item(priceId, 42, Id(Seat(plan, DemoWheelchair))), Item(priceId, 41, Id(Seat(plan, new(DemoBalcony, 1, 1)))) });
        var cart = await host.GetJson("v1/demo/cart/both");

        Assert.Equal(
            [(DemoStalls, "10", "1"), (DemoBalcony, "1", "1")],
            cart.EnumerateArray().Take(2).Select(i => (i.GetProperty("pmp_name").GetString(), i.GetProperty("seat_row_nr").GetString(), i.GetProperty("seat_nr").GetString())));
    }
}
