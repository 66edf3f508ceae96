using Checkout.VoordeMensen.Peppered.SeatMaps;
using Checkout.Web.Features.Cart;

namespace Checkout.UnitTests.Shop;

/// <summary>The shop's rules on top of the plan check: companions go with their wheelchair place, and the closest equivalent seat.</summary>
public sealed class SeatRulesTests
{
    private static readonly SeatMap Map = new(1001, 1,
    [
        new SeatMapSection(1, "Parket",
        [
            new SeatMapRow(1, [Seat("a1", 1, 1, 1), Seat("a2", 1, 1, 2, taken: true), Seat("a3", 1, 1, 3), Seat("a4", 1, 1, 4)]),
            new SeatMapRow(2,
            [
                Seat("b1", 1, 2, 1) with { Kind = SeatKind.Wheelchair, CompanionSeatId = "b2" },
                Seat("b2", 1, 2, 2) with { Kind = SeatKind.Companion, WheelchairSeatId = "b1" },
                Seat("b3", 1, 2, 3, taken: true) with { Kind = SeatKind.Wheelchair, CompanionSeatId = "b4" },
                Seat("b4", 1, 2, 4) with { Kind = SeatKind.Companion, WheelchairSeatId = "b3" },
                Seat("b5", 1, 2, 5, rank: 42),
            ]),
        ]),
        new SeatMapSection(2, "Balkon", [new SeatMapRow(1, [Seat("c1", 2, 1, 2)])]),
    ],
    [new SeatRank(41, [new SeatPrice("std", "Standaard", 30m)]), new SeatRank(42, [new SeatPrice("std", "Standaard", 20m)])]);

    private static SeatMapSeat Seat(string id, int section, int row, int number, bool taken = false, int rank = 41) => new()
    {
        Id = id, SectionId = section, SectionName = section == 1 ? "Parket" : "Balkon", Row = row, Number = number, RankId = rank,
        State = taken ? SeatState.Taken : SeatState.Free,
    };

    [Fact]
    public void A_wheelchair_place_brings_its_free_companion_seat_at_the_same_price_once()
    {
        Assert.Equal([new SeatRequest("b1", "std"), new SeatRequest("b2", "std")], SeatRules.WithCompanions(Map, [new SeatRequest("b1", "std")]));
        Assert.Equal([new SeatRequest("b1", "std"), new SeatRequest("b2", "std")],
            SeatRules.WithCompanions(Map, [new SeatRequest("b1", "std"), new SeatRequest("b2", "std")]));
        Assert.Equal([new SeatRequest("a1", "std")], SeatRules.WithCompanions(Map, [new SeatRequest("a1", "std")]));
    }

    [Fact]
    public void A_companion_seat_goes_only_with_its_wheelchair_place_while_that_place_is_free()
    {
        Assert.True(SeatRules.CompanionWithoutWheelchair(Map, [new SeatRequest("b2", "std")]));
        Assert.False(SeatRules.CompanionWithoutWheelchair(Map, [new SeatRequest("b1", "std"), new SeatRequest("b2", "std")]));
        Assert.False(SeatRules.CompanionWithoutWheelchair(Map, [new SeatRequest("b4", "std")]));
        Assert.False(SeatRules.ChoosableAlone(Map, Map.Find("b2")!));
        Assert.True(SeatRules.ChoosableAlone(Map, Map.Find("b4")!));
        Assert.False(SeatRules.ChoosableAlone(Map, Map.Find("a2")!));
    }

    [Fact]
    public void The_closest_equivalent_is_free_of_the_same_kind_and_rank_in_the_same_section_nearest_by_row_then_number()
    {
        var gone = Map.Find("a2")!;

        Assert.Equal("a3", SeatRules.Closest(Map, gone, new HashSet<string> { "a1" })!.Id);
        Assert.Equal("a1", SeatRules.Closest(Map, gone, new HashSet<string>())!.Id);
        Assert.Equal("c1", SeatRules.Closest(Map, gone, new HashSet<string> { "a1", "a3", "a4" })!.Id);
        Assert.Null(SeatRules.Closest(Map, Map.Find("b3")!, new HashSet<string> { "b1" }));
    }
}
