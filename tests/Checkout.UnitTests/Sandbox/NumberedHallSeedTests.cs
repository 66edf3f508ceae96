using Checkout.Sandbox;
using Checkout.Sandbox.Data;
using Checkout.Sandbox.Data.Seed;
using Checkout.Sandbox.Hosting;
using Checkout.Sandbox.Inventory;
using Microsoft.Extensions.Options;
using static Checkout.Sandbox.SandboxDemoSeats;

namespace Checkout.UnitTests.Sandbox;

public sealed class NumberedHallSeedTests
{
    private static readonly DateTimeOffset Now = new(2026, 4, 1, 8, 0, 0, TimeSpan.Zero);
    private readonly Venue demo = DemoVenueSeed.Build(Now);
    private readonly Venue fringe = FringeVenueSeed.Build(Now);

    private static Seat At(Performance performance, SandboxSeatPosition place) =>
        performance.Seats.Single(s => s.Place.SectionName == place.Section && s.Place.Row == place.Row && s.Place.Nr == place.Seat);

    private static SandboxSeatPosition Position(Seat seat) => new(seat.Place.SectionName!, seat.Place.Row, seat.Place.Nr);

    [Fact]
    public void The_demo_grote_zaal_has_stalls_and_balcony_two_ranks_wheelchair_places_with_companions_and_restricted_view()
    {
        var hall = demo.Halls.Single(h => h.Id == DemoHall);
        var places = hall.Places;

        Assert.Equal([DemoStalls, DemoBalcony], places.Select(p => p.SectionName).Distinct());
        Assert.Equal(154, places.Count(p => p.SectionName == DemoStalls));
        Assert.Equal(48, places.Count(p => p.SectionName == DemoBalcony));
        Assert.Equal([14, 16], places.Where(p => p.SectionName == DemoStalls).GroupBy(p => p.Row).Select(r => r.Count()).Distinct());
        Assert.Equal([41, 42], hall.Ranks.Select(r => r.RankId));
        Assert.Equal(
            [(DemoWheelchair.Seat, DemoWheelchairCompanion.Seat), (DemoSecondWheelchair.Seat, DemoSecondWheelchairCompanion.Seat), (DemoSoldWheelchair.Seat, DemoSoldWheelchairCompanion.Seat)],
            places.Where(p => p.BlockType == "wheel").Select(p => (p.Nr, p.CompanionNr!.Value)));
        Assert.All(places.Where(p => p.BlockType == "wheel"), p => Assert.Equal((DemoStalls, DemoWheelchair.Row), (p.SectionName, p.Row)));
        Assert.Equal([DemoWheelchairCompanion.Seat, DemoSecondWheelchairCompanion.Seat, DemoSoldWheelchairCompanion.Seat],
            places.Where(p => p.IsCompanion).Select(p => p.Nr));
        Assert.Equal(DemoRestricted, places.Where(p => p.BlockType == "sight").Select(p => new SandboxSeatPosition(p.SectionName!, p.Row, p.Nr)));
        Assert.Equal(DemoTechnical, places.Where(p => p.BlockType == "tech").Select(p => new SandboxSeatPosition(p.SectionName!, p.Row, p.Nr)));
        Assert.Equal([1001, 1002, 1003, 1004, 1005, 1006, 1007, 1008, 1011, 1012, 1013, 1041, 1042, 1071, 1072],
            demo.AllPerformances.Where(p => p.Hall.Id == DemoHall).Select(p => p.Id).Order());
    }

    [Fact]
    public void The_first_hamlet_night_has_exactly_the_documented_places_sold_and_other_nights_never_a_special_place()
    {
        var reserved = demo.Performances[SandboxDemoIds.ReservedSeating];

        Assert.Equal(Sorted(DemoSoldInReservedSeating), Sorted(reserved.Seats.Where(s => s.Claim?.Order is not null).Select(Position)));
        Assert.Equal(DemoTechnical, reserved.Seats.Where(s => !s.IsFree && s.Claim is null).Select(Position));
        Assert.True(At(reserved, DemoWheelchair).IsFree);
        Assert.False(At(reserved, DemoSoldWheelchair).IsFree);
        foreach (var performance in demo.AllPerformances.Where(p => p.Hall.Id == DemoHall && p.Id != SandboxDemoIds.ReservedSeating))
        {
            Assert.All(performance.Seats.Where(s => s.Place.ChoiceOnly && s.Place.Sellable), seat => Assert.True(seat.IsFree, $"{performance.Id} {Position(seat)}"));
        }
    }

    [Fact]
    public void Fringe_gets_a_numbered_hall_next_to_its_general_admission_stages()
    {
        var first = fringe.Performances[FringeReservedSeating];
        var second = fringe.Performances[FringeReservedSeatingSecond];

        Assert.Equal(FringeHall, first.Hall.Id);
        Assert.Same(first.Hall, second.Hall);
        Assert.Equal([FringeStalls, FringeBalcony], first.Hall.Places.Select(p => p.SectionName).Distinct());
        Assert.Equal(2, first.Hall.Ranks.Count);
        Assert.Equal(FringeWheelchairCompanion.Seat, At(first, FringeWheelchair).Place.CompanionNr);
        Assert.Equal(FringeRestricted, first.Hall.Places.Where(p => p.BlockType == "sight").Select(p => new SandboxSeatPosition(p.SectionName!, p.Row, p.Nr)));
        Assert.Equal(Sorted(FringeSoldInReservedSeating), Sorted(first.Seats.Where(s => !s.IsFree).Select(Position)));
        Assert.True(second.Seats.Count(s => !s.IsFree) > 0);
        Assert.All(fringe.AllPerformances.Where(p => p.Id is not (FringeReservedSeating or FringeReservedSeatingSecond)),
            p => Assert.False(p.Hall.Numbered));
    }

    [Fact]
    public void Best_available_never_hands_out_a_special_place_but_a_buyer_may_pick_one()
    {
        var ledger = new CartLedger(Options.Create(new SandboxOptions { HoldMinutes = 15 }));
        var performance = demo.Performances[SandboxDemoIds.ReservedSeating];
        var standaard = performance.TicketTypes.Single(t => t.Name == "Standaard").Id;
        using var scope = new VenueScope(demo, Now, new Inventions(Enabled: true));

        var buyer = 0;
        while (ledger.AddBestAvailable(scope, demo.CartFor($"b{buyer++}"), performance.Id, 1, standaard) is null)
        {
        }

        Assert.Equal(SaleError.NotEnoughTickets, ledger.AddBestAvailable(scope, demo.CartFor("late"), performance.Id, 1, standaard));
        Assert.All(performance.Seats.Where(s => s.Claim?.Cart is not null), s => Assert.False(s.Place.ChoiceOnly));
        Assert.All(performance.Seats.Where(s => s.Place.ChoiceOnly && s.Place.Sellable && s.Claim is null), s => Assert.True(s.IsFree));
        var picker = demo.CartFor("picker");
        Assert.Null(ledger.AddSeat(scope, picker, performance.Id, At(performance, DemoWheelchair).Token, standaard));
        Assert.Null(ledger.AddSeat(scope, picker, performance.Id, At(performance, DemoWheelchairCompanion).Token, standaard));
        Assert.Equal(SaleError.SeatUnavailable, ledger.AddSeat(scope, demo.CartFor("other"), performance.Id, At(performance, DemoWheelchair).Token, standaard));
    }

    private static IEnumerable<SandboxSeatPosition> Sorted(IEnumerable<SandboxSeatPosition> places) =>
        places.OrderBy(p => (p.Section, p.Row, p.Seat));
}
