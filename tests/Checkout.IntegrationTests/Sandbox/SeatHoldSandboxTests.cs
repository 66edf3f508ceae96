using Checkout.Sandbox;
using Checkout.VoordeMensen;
using Checkout.VoordeMensen.Peppered.SeatMaps;
using static Checkout.Sandbox.SandboxDemoSeats;

namespace Checkout.IntegrationTests.Sandbox;

/// <summary>Seat choice through the library against the sandbox: the plan, holding chosen seats, seats taken meanwhile, races.</summary>
public sealed class SeatHoldSandboxTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private static SeatMapSeat At(SeatMap map, SandboxSeatPosition place) =>
        map.Seats.Single(s => s.SectionName == place.Section && s.Row == place.Row && s.Number == place.Seat);

    private static string Standaard(SeatMap map, SeatMapSeat seat) => map.PricesFor(seat).Single(p => p.Name.EndsWith("Standaard", StringComparison.Ordinal)).PriceId;

    private static SeatSelection Choose(SeatMap map, params SandboxSeatPosition[] places) =>
        map.Check([.. places.Select(p => At(map, p)).Select(s => new SeatRequest(s.Id, Standaard(map, s)))], maxSeats: 10).Selection
        ?? throw new InvalidOperationException("the places are not free");

    private static async Task<SeatMap> MapAsync(IVoordeMensenClient client, int eventId = SandboxDemoIds.ReservedSeating) =>
        await client.FindSeatMapAsync(eventId, Ct) ?? throw new InvalidOperationException($"no seat map for {eventId}");

    [Fact]
    public async Task The_numbered_performances_have_seat_maps_with_ranks_prices_and_special_places_and_the_others_none()
    {
        await using var vdm = await SandboxVdm.StartAsync();

        var map = await MapAsync(vdm.Demo);
        var fringe = await MapAsync(vdm.Fringe, FringeReservedSeating);

        Assert.Equal([DemoStalls, DemoBalcony], map.Sections.Select(s => s.Name));
        Assert.Equal(154 + 48, map.Seats.Count());
        var special = new[] { DemoWheelchair, DemoWheelchairCompanion, DemoSecondWheelchair, DemoSecondWheelchairCompanion, DemoSoldWheelchair, DemoSoldWheelchairCompanion };
        Assert.Equal(
            [SeatKind.Wheelchair, SeatKind.Companion, SeatKind.Wheelchair, SeatKind.Companion, SeatKind.Wheelchair, SeatKind.Companion],
            special.Select(p => At(map, p).Kind));
        Assert.Equal(At(map, DemoWheelchairCompanion), map.ProposeCompanion(At(map, DemoWheelchair).Id));
        Assert.Equal(At(map, DemoWheelchair).Id, At(map, DemoWheelchairCompanion).WheelchairSeatId);
        Assert.All(DemoRestricted, p => Assert.Equal((SeatKind.Restricted, SeatState.Free), (At(map, p).Kind, At(map, p).State)));
        Assert.All(DemoTechnical, p => Assert.Equal((SeatKind.Standard, SeatState.Taken), (At(map, p).Kind, At(map, p).State)));
        var taken = map.Seats.Where(s => !s.IsFree).Select(s => new SandboxSeatPosition(s.SectionName, s.Row, s.Number)).ToHashSet();
        Assert.True(taken.SetEquals(DemoSoldInReservedSeating.Concat(DemoTechnical)));
        Assert.True(map.WheelchairPlacesAvailable);
        Assert.Equal([41, 42], map.Ranks.Select(r => r.RankId));
        Assert.Equal(32.50m, map.PricesFor(At(map, new(DemoStalls, 1, 1))).Single(p => p.Name == "Rang 1 – Standaard").Amount);
        Assert.Equal(26.50m, map.PricesFor(At(map, DemoWheelchair)).Single(p => p.Name == "Rang 2 – Standaard").Amount);

        Assert.Equal([FringeStalls, FringeBalcony], fringe.Sections.Select(s => s.Name));
        Assert.Equal(SeatKind.Wheelchair, At(fringe, FringeWheelchair).Kind);
        Assert.Equal(SeatState.Taken, At(fringe, FringeSoldWheelchair).State);
        Assert.NotNull(await vdm.Fringe.FindSeatMapAsync(FringeReservedSeatingSecond, Ct));
        Assert.Null(await vdm.Fringe.FindSeatMapAsync(2101, Ct));
        Assert.Null(await vdm.Demo.FindSeatMapAsync(SandboxDemoIds.TenSeatsLeft, Ct));
        Assert.Null(await vdm.Demo.FindSeatMapAsync(999_999, Ct));
    }

    [Fact]
    public async Task Two_adjacent_seats_are_held_in_one_action_and_the_cart_and_the_order_carry_exactly_those_seats()
    {
        await using var vdm = await SandboxVdm.StartAsync();
        var map = await MapAsync(vdm.Demo);
        var cartId = await vdm.Demo.Public.CreateCartAsync(Ct);

        var result = await vdm.Demo.Peppered.HoldSeatsAsync(cartId, Choose(map, new(DemoStalls, 3, 7), new(DemoStalls, 3, 8)), Ct);

        var held = Assert.IsType<SeatsHeld>(result);
        Assert.Equal([(3, 7), (3, 8)], held.Seats.Select(c => (c.Seat.Row, c.Seat.Number)));
        Assert.Equal(2, held.Cart.Items.Count);
        var lines = (await vdm.Demo.Public.GetCartAsync(cartId, Ct)).Lines;
        Assert.Equal([(DemoStalls, "3", "7"), (DemoStalls, "3", "8")], lines.Select(l => (l.Section, l.Row, l.SeatNumber)));
        Assert.Equal(SeatState.Taken, At(await MapAsync(vdm.Demo), new(DemoStalls, 3, 7)).State);

        var order = await vdm.Demo.Peppered.CheckoutAsync(cartId, new(SandboxDemoIds.Ideal, SandboxDemoIds.KnownCustomer), Ct);
        var exported = (await vdm.Demo.Peppered.ExportOrdersAsync(SandboxHost.Start, Ct)).Single(o => o.Order.OrderKey == order.OrderKey);
        Assert.Equal([(3, 7), (3, 8)], exported.Seats.Select(s => (s.Row!.Value, s.SeatNumber!.Value)).Order());
    }

    [Fact]
    public async Task A_seat_taken_meanwhile_by_another_cart_refuses_the_whole_selection_and_names_that_seat()
    {
        await using var vdm = await SandboxVdm.StartAsync();
        var stale = await MapAsync(vdm.Demo);
        var other = await vdm.Demo.Public.CreateCartAsync(Ct);
        var mine = await vdm.Demo.Public.CreateCartAsync(Ct);
        Assert.IsType<SeatsHeld>(await vdm.Demo.Peppered.HoldSeatsAsync(other, Choose(await MapAsync(vdm.Demo), new SandboxSeatPosition(DemoStalls, 4, 8)), Ct));

        var result = await vdm.Demo.Peppered.HoldSeatsAsync(mine, Choose(stale, new(DemoStalls, 4, 7), new(DemoStalls, 4, 8)), Ct);

        var refused = Assert.IsType<SeatsRefused>(result);
        Assert.Equal([(4, 8)], refused.GoneSeats.Select(c => (c.Seat.Row, c.Seat.Number)));
        Assert.Equal(VdmErrorKind.Rejected, refused.Kind);
        Assert.True((await vdm.Demo.Peppered.GetCartAsync(mine, Ct)).IsEmpty);
        Assert.True((await vdm.Demo.Public.GetCartAsync(mine, Ct)).IsEmpty);
        var fresh = await MapAsync(vdm.Demo);
        Assert.Equal((SeatState.Free, SeatState.Taken), (At(fresh, new(DemoStalls, 4, 7)).State, At(fresh, new(DemoStalls, 4, 8)).State));
        var seat = At(fresh, new(DemoStalls, 4, 8));
        Assert.Equal([new SeatProblem(seat.Id, SeatProblemKind.Taken)], fresh.Check([new SeatRequest(seat.Id, Standaard(fresh, seat))], 10).Problems);
    }

    [Fact]
    public async Task Twenty_buyers_racing_for_the_same_two_seats_leave_exactly_one_holder_and_nineteen_untouched_carts()
    {
        await using var vdm = await SandboxVdm.StartAsync();
        var map = await MapAsync(vdm.Demo);
        var selection = Choose(map, new(DemoStalls, 6, 9), new(DemoStalls, 6, 10));
        var start = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var racers = Enumerable.Range(0, 20).Select(async i =>
        {
            await start.Task;
            return (Cart: $"race-{i:00}", Result: await vdm.Demo.Peppered.HoldSeatsAsync($"race-{i:00}", selection, Ct));
        }).ToList();
        start.SetResult();
        var outcomes = await Task.WhenAll(racers);

        var winner = Assert.Single(outcomes, r => r.Result is SeatsHeld);
        Assert.All(outcomes.Where(r => r.Cart != winner.Cart), r =>
            Assert.Equal([(6, 9), (6, 10)], Assert.IsType<SeatsRefused>(r.Result).GoneSeats.Select(c => (c.Seat.Row, c.Seat.Number))));
        foreach (var (cart, _) in outcomes)
        {
            (string?, string?)[] expected = cart == winner.Cart ? [("6", "9"), ("6", "10")] : [];
            Assert.Equal(expected, (await vdm.Demo.Public.GetCartAsync(cart, Ct)).Lines.Select(l => (l.Row, l.SeatNumber)));
        }
        Assert.Equal(map.FreeSeats - 2, (await MapAsync(vdm.Demo)).FreeSeats);
    }

    [Fact]
    public async Task A_wheelchair_place_is_held_with_its_proposed_companion_and_the_event_says_when_none_is_left()
    {
        await using var vdm = await SandboxVdm.StartAsync();
        var map = await MapAsync(vdm.Demo);
        var first = At(map, DemoWheelchair);
        var second = At(map, DemoSecondWheelchair);

        var together = await vdm.Demo.Peppered.HoldSeatsAsync("wheel-1",
            Choose(map, DemoWheelchair, new(DemoStalls, map.ProposeCompanion(first.Id)!.Row, map.ProposeCompanion(first.Id)!.Number)), Ct);
        var afterFirst = await vdm.Demo.Peppered.GetEventAsync(SandboxDemoIds.ReservedSeating, Ct);
        await vdm.Demo.Peppered.HoldSeatsAsync("wheel-2", Choose(map, DemoSecondWheelchair), Ct);
        var afterSecond = await vdm.Demo.Peppered.GetEventAsync(SandboxDemoIds.ReservedSeating, Ct);

        Assert.Equal([DemoWheelchair.Seat, DemoWheelchairCompanion.Seat], Assert.IsType<SeatsHeld>(together).Seats.Select(c => c.Seat.Number));
        Assert.Equal([(DemoStalls, "10", "1"), (DemoStalls, "10", "2")],
            (await vdm.Demo.Public.GetCartAsync("wheel-1", Ct)).Lines.Select(l => (l.Section, l.Row, l.SeatNumber)));
        Assert.True(afterFirst!.Availability.WheelchairPlacesAvailable);
        Assert.False(afterSecond!.Availability.WheelchairPlacesAvailable);
        Assert.False((await MapAsync(vdm.Demo)).WheelchairPlacesAvailable);
        Assert.Equal(SeatKind.Wheelchair, second.Kind);
    }
}
