using Checkout.VoordeMensen.Peppered;
using Checkout.VoordeMensen.Peppered.SeatMaps;

namespace Checkout.UnitTests.VoordeMensen;

public sealed class SeatMapTests
{
    private static readonly PriceLevel[] Prices =
    [
        new("std", 41, "Rang 1 – Standaard", 32.50m), new("cjp", 41, "Rang 1 – CJP", 30.00m), new("std", 42, "Rang 2 – Standaard", 26.50m),
    ];

    private static Seat S(string id, int nr, int rank = 41, bool free = true, string? block = null, string? companion = null) =>
        new(id, nr, rank, free) { BlockType = block, CompanionSeatId = companion };

    private static SeatMap Map(params SeatSection[] sections) => SeatMap.FromPlan(new SeatPlan(1001, 1, Prices, sections, 0));

    private static SeatSection Section(int id, string name, params SeatRow[] rows) => new(id, name, rows);

    private static SeatMap Hall() => Map(
        Section(6, "Balkon", new SeatRow(1, [S("b2", 2, 42), S("b1", 1, 42, block: "sight")])),
        Section(5, "Parket",
            new SeatRow(10, [S("w1", 1, 42, block: "wheel", companion: "c2"), S("c2", 2, 42), S("t8", 8, 42, free: false, block: "tech"), S("s15", 15, 42), S("w16", 16, 42, block: "wheel")]),
            new SeatRow(1, [S("p1", 1), S("p2", 2, free: false), S("p3", 3)])));

    [Fact]
    public void Sections_keep_VdMs_order_rows_and_seats_are_ordered_and_carry_their_place()
    {
        var map = Hall();

        Assert.Equal(["Balkon", "Parket"], map.Sections.Select(s => s.Name));
        Assert.Equal([1, 10], map.Sections[1].Rows.Select(r => r.Number));
        Assert.Equal(["b1", "b2"], map.Sections[0].Rows[0].Seats.Select(s => s.Id));
        var seat = map.Find("p3")!;
        Assert.Equal((5, "Parket", 1, 3, 41), (seat.SectionId, seat.SectionName, seat.Row, seat.Number, seat.RankId));
        Assert.Equal((1001, 1, true, 8), (map.EventId, map.HallId, map.HasSeats, map.FreeSeats));
        Assert.Equal(10, map.Seats.Count());
    }

    [Fact]
    public void Kinds_and_states_come_from_the_block_codes_and_availability()
    {
        var map = Hall();

        Assert.Equal((SeatKind.Wheelchair, SeatState.Free, "c2"), (map.Find("w1")!.Kind, map.Find("w1")!.State, map.Find("w1")!.CompanionSeatId));
        Assert.Equal((SeatKind.Companion, "w1"), (map.Find("c2")!.Kind, map.Find("c2")!.WheelchairSeatId));
        Assert.Equal(SeatKind.Restricted, map.Find("b1")!.Kind);
        Assert.Equal((SeatKind.Standard, SeatState.Taken), (map.Find("t8")!.Kind, map.Find("t8")!.State));
        Assert.Equal((SeatKind.Standard, SeatState.Taken), (map.Find("p2")!.Kind, map.Find("p2")!.State));
        Assert.True(map.WheelchairPlacesAvailable);
    }

    [Fact]
    public void Where_VdM_names_no_companion_the_adjacent_seat_in_the_row_is_proposed_never_a_held_back_one()
    {
        var map = Hall();

        // w16 is the last seat of its row: the previous seat is its companion.
        Assert.Equal("s15", map.ProposeCompanion("w16")?.Id);
        Assert.Equal((SeatKind.Companion, "w16"), (map.Find("s15")!.Kind, map.Find("s15")!.WheelchairSeatId));
        Assert.Equal("c2", map.ProposeCompanion("w1")?.Id);
        Assert.Null(map.ProposeCompanion("p1"));
        Assert.Null(map.ProposeCompanion("nope"));

        var desk = Map(Section(5, "Parket", new SeatRow(10, [S("t1", 1, block: "tech"), S("w2", 2, block: "wheel")])));
        Assert.Null(desk.ProposeCompanion("w2"));
        Assert.Equal(SeatKind.Standard, desk.Find("t1")!.Kind);
    }

    [Fact]
    public void The_next_seat_is_preferred_a_named_companion_is_never_taken_by_a_neighbour_and_unknown_names_fall_back()
    {
        var map = Map(Section(5, "Parket",
            new SeatRow(1, [S("a1", 1, block: "wheel"), S("a2", 2), S("a3", 3, block: "wheel", companion: "a2"), S("a4", 4)]),
            new SeatRow(2, [S("b1", 1, block: "wheel", companion: "elsewhere"), S("b2", 2), S("b3", 3, block: "wheel"), S("b4", 4)]),
            new SeatRow(3, [S("c1", 1), S("c2", 2, block: "wheel"), S("c3", 3)])));

        Assert.Equal("a2", map.ProposeCompanion("a3")?.Id);
        Assert.Null(map.ProposeCompanion("a1"));
        Assert.Equal("b2", map.ProposeCompanion("b1")?.Id);
        Assert.Equal("b4", map.ProposeCompanion("b3")?.Id);
        Assert.Equal("c3", map.ProposeCompanion("c2")?.Id);
        Assert.Equal(SeatKind.Standard, map.Find("c1")!.Kind);
    }

    [Fact]
    public void Prices_per_rank_come_from_the_price_levels_cheapest_first()
    {
        var map = Hall();

        Assert.Equal([41, 42], map.Ranks.Select(r => r.RankId));
        Assert.Equal(["cjp", "std"], map.PricesFor(map.Find("p1")!).Select(p => p.PriceId));
        Assert.Equal(30.00m, map.RankOf(map.Find("p1")!)!.LowestPrice);
        Assert.Equal([new SeatPrice("std", "Rang 2 – Standaard", 26.50m)], map.PricesFor(map.Find("w1")!));
    }

    [Fact]
    public void General_admission_has_no_seat_map_and_no_wheelchair_places()
    {
        var map = Map(Section(0, "", new SeatRow(0, [S("ga1", 0), S("ga2", 0)])));

        Assert.False(map.HasSeats);
        Assert.Empty(map.Sections);
        Assert.False(map.WheelchairPlacesAvailable);
    }

    [Fact]
    public void A_taken_wheelchair_place_is_not_an_available_one()
    {
        var map = Map(Section(5, "Parket", new SeatRow(10, [S("w1", 1, block: "wheel", free: false), S("c2", 2)])));

        Assert.False(map.WheelchairPlacesAvailable);
    }

    [Fact]
    public void Posted_seats_that_are_free_on_the_plan_at_a_price_of_their_rank_become_a_selection()
    {
        var check = Hall().Check([new SeatRequest("p1", "cjp"), new SeatRequest("w1", "std"), new SeatRequest("c2", "std")], maxSeats: 4);

        Assert.True(check.IsValid);
        Assert.Empty(check.Problems);
        Assert.Equal(1001, check.Selection!.EventId);
        Assert.Equal([("p1", 30.00m), ("w1", 26.50m), ("c2", 26.50m)], check.Selection.Seats.Select(c => (c.Seat.Id, c.Price.Amount)));
    }

    [Fact]
    public void Posted_seats_are_never_trusted_unknown_taken_twice_or_at_another_ranks_price_are_refused_by_name()
    {
        var check = Hall().Check(
            [
                new SeatRequest("seat-of-another-performance", "std"), new SeatRequest(null, "std"), new SeatRequest("p2", "std"),
                new SeatRequest("p1", "std"), new SeatRequest("p1", "std"), new SeatRequest("w1", "cjp"), new SeatRequest("p3", null),
            ],
            maxSeats: 10);

        Assert.False(check.IsValid);
        Assert.Null(check.Selection);
        Assert.Equal(
            [
                new SeatProblem("seat-of-another-performance", SeatProblemKind.Unknown), new SeatProblem(null, SeatProblemKind.Unknown),
                new SeatProblem("p2", SeatProblemKind.Taken), new SeatProblem("p1", SeatProblemKind.Duplicate),
                new SeatProblem("w1", SeatProblemKind.PriceNotAvailable), new SeatProblem("p3", SeatProblemKind.PriceNotAvailable),
            ],
            check.Problems);
    }

    [Fact]
    public void Too_many_or_no_seats_are_refused_as_a_whole()
    {
        var map = Hall();
        var endless = Enumerable.Range(0, 1_000_000).Select(i => new SeatRequest($"s{i}", "std"));

        Assert.Equal([new SeatProblem(null, SeatProblemKind.TooMany)], map.Check(endless, maxSeats: 2).Problems);
        Assert.Equal([new SeatProblem(null, SeatProblemKind.NoSeats)], map.Check([], maxSeats: 2).Problems);
        Assert.Throws<ArgumentOutOfRangeException>(() => map.Check([new SeatRequest("p1", "std")], maxSeats: 0));
    }
}
