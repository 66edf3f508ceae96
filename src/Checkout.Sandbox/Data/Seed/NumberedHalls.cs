using static Checkout.Sandbox.SandboxDemoSeats;

namespace Checkout.Sandbox.Data.Seed;

/// <summary>
/// The seeded halls with numbered seats: stalls and balcony, two price ranks, wheelchair places with their
/// companion seats, obstructed-view places and (demo) a sound desk. The special places are listed in
/// <see cref="SandboxDemoSeats"/>.
/// </summary>
internal static class NumberedHalls
{
    public static Hall DemoGroteZaal(HallAddress address, PriceRank rang1, PriceRank rang2)
    {
        // The stalls widen towards the back; the last row has the flat floor for wheelchairs and the sound desk.
        var parket = HallPlans.Rows(5, DemoStalls, [14, 14, 14, 16, 16, 16, 16, 16, 16, 16],
                row => row <= 6 ? rang1.RankId : rang2.RankId,
                (row, nr) => Block(new(DemoStalls, row, nr)))
            .WithWheelchairPlaces(5, DemoWheelchair.Row,
                (DemoWheelchair.Seat, DemoWheelchairCompanion.Seat),
                (DemoSecondWheelchair.Seat, DemoSecondWheelchairCompanion.Seat),
                (DemoSoldWheelchair.Seat, DemoSoldWheelchairCompanion.Seat));
        var balkon = HallPlans.Rows(6, DemoBalcony, 4, 12,
            row => row == 1 ? rang1.RankId : rang2.RankId,
            (row, nr) => Block(new(DemoBalcony, row, nr)));
        return HallPlans.Create(DemoHall, "De Ster Grote Zaal", address, [rang1, rang2], parket.Concat(balkon));
    }

    public static Hall FringeTheaterzaal(HallAddress address, PriceRank front, PriceRank back)
    {
        var stalls = HallPlans.Rows(21, FringeStalls, 8, 12,
                row => row <= 4 ? front.RankId : back.RankId,
                (row, nr) => Block(new(FringeStalls, row, nr)))
            .WithWheelchairPlaces(21, FringeWheelchair.Row,
                (FringeWheelchair.Seat, FringeWheelchairCompanion.Seat),
                (FringeSoldWheelchair.Seat, FringeSoldWheelchairCompanion.Seat));
        var balcony = HallPlans.Rows(22, FringeBalcony, 3, 10, _ => back.RankId, (row, nr) => Block(new(FringeBalcony, row, nr)));
        return HallPlans.Create(FringeHall, "Theaterzaal Oudegracht", address, [front, back], stalls.Concat(balcony));
    }

    private static string? Block(SandboxSeatPosition place) =>
        DemoTechnical.Contains(place) ? "tech"
        : DemoRestricted.Contains(place) || FringeRestricted.Contains(place) ? SeatPlace.ObstructedView
        : null;
}
