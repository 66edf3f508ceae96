namespace Checkout.Sandbox;

/// <summary>
/// Places in the seeded numbered halls, for tests and demos. Seat ids differ per performance: find a place on the
/// performance's seat plan by section, row and seat number. The first performance of each hall listed here
/// (<see cref="SandboxDemoIds.ReservedSeating"/>, <see cref="FringeReservedSeating"/>) is seeded with exactly the
/// sold places below and nothing else sold; the other performances also have random earlier sales, but never of a
/// wheelchair, companion or obstructed-view place.
/// </summary>
public static class SandboxDemoSeats
{
    /// <summary>Demo "De Ster Grote Zaal" (hall 1): Hamlet 1001–1008, De Notenkraker 1011–1013, Zomeravondconcert 1041/1042, La Traviata 1071/1072.</summary>
    public const int DemoHall = 1;

    public const string DemoStalls = "Parket";
    public const string DemoBalcony = "Balkon";

    /// <summary>Wheelchair places in Parket row 10, each with the companion seat next to it.</summary>
    public static readonly SandboxSeatPosition DemoWheelchair = new(DemoStalls, 10, 1);
    public static readonly SandboxSeatPosition DemoWheelchairCompanion = new(DemoStalls, 10, 2);
    public static readonly SandboxSeatPosition DemoSecondWheelchair = new(DemoStalls, 10, 3);
    public static readonly SandboxSeatPosition DemoSecondWheelchairCompanion = new(DemoStalls, 10, 4);

    /// <summary>Sold (with its companion) in <see cref="SandboxDemoIds.ReservedSeating"/>, free elsewhere.</summary>
    public static readonly SandboxSeatPosition DemoSoldWheelchair = new(DemoStalls, 10, 16);
    public static readonly SandboxSeatPosition DemoSoldWheelchairCompanion = new(DemoStalls, 10, 15);

    /// <summary>Obstructed view (VdM block "sight"), sold on request only: Balkon row 1 seats 1 and 12, row 4 seats 1 and 12.</summary>
    public static readonly IReadOnlyList<SandboxSeatPosition> DemoRestricted =
        [new(DemoBalcony, 1, 1), new(DemoBalcony, 1, 12), new(DemoBalcony, 4, 1), new(DemoBalcony, 4, 12)];

    /// <summary>The sound desk (VdM block "tech"): never for sale.</summary>
    public static readonly IReadOnlyList<SandboxSeatPosition> DemoTechnical = [new(DemoStalls, 10, 8), new(DemoStalls, 10, 9)];

    /// <summary>Sold at seed in <see cref="SandboxDemoIds.ReservedSeating"/>.</summary>
    public static readonly IReadOnlyList<SandboxSeatPosition> DemoSoldInReservedSeating =
    [
        new(DemoStalls, 5, 7), new(DemoStalls, 5, 8), new(DemoStalls, 5, 9), new(DemoStalls, 5, 10),
        new(DemoBalcony, 2, 5), new(DemoBalcony, 2, 6), DemoSoldWheelchairCompanion, DemoSoldWheelchair,
    ];

    /// <summary>Fringe "Theaterzaal Oudegracht" (hall 13): "The Lighthouse Keeper" 2141 and 2142.</summary>
    public const int FringeHall = 13;

    public const int FringeNumberedProduction = 205;
    public const int FringeReservedSeating = 2141;
    public const int FringeReservedSeatingSecond = 2142;

    public const string FringeStalls = "Stalls";
    public const string FringeBalcony = "Balcony";

    public static readonly SandboxSeatPosition FringeWheelchair = new(FringeStalls, 8, 1);
    public static readonly SandboxSeatPosition FringeWheelchairCompanion = new(FringeStalls, 8, 2);

    /// <summary>Sold (with its companion) in <see cref="FringeReservedSeating"/>.</summary>
    public static readonly SandboxSeatPosition FringeSoldWheelchair = new(FringeStalls, 8, 12);
    public static readonly SandboxSeatPosition FringeSoldWheelchairCompanion = new(FringeStalls, 8, 11);

    public static readonly IReadOnlyList<SandboxSeatPosition> FringeRestricted = [new(FringeBalcony, 1, 1), new(FringeBalcony, 1, 10)];

    /// <summary>Sold at seed in <see cref="FringeReservedSeating"/>.</summary>
    public static readonly IReadOnlyList<SandboxSeatPosition> FringeSoldInReservedSeating =
    [
        new(FringeStalls, 4, 5), new(FringeStalls, 4, 6), new(FringeStalls, 4, 7), new(FringeStalls, 4, 8),
        FringeSoldWheelchairCompanion, FringeSoldWheelchair,
    ];
}
