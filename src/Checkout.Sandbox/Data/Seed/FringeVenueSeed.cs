namespace Checkout.Sandbox.Data.Seed;

/// <summary>The second, differently branded client: a small festival with tent and cellar stages.</summary>
internal static class FringeVenueSeed
{
    public const string Client = SandboxDemoIds.FringeClient;

    private static readonly HallAddress Address = new(
        "Griftpark 1", "3514 TA", "Utrecht", "030-2310000", "https://fringe-festival-utrecht.example.nl");

    public static Venue Build(DateTimeOffset now)
    {
        var venue = new Venue(Client, "Fringe Festival Utrecht");
        var b = new VenueBuilder(venue, now, seed: 2024);
        venue.PaymentMethods.AddRange([new(61, "iDEAL", 0.00m), new(62, "Creditcard", 0.95m), new(63, "Apple Pay", 0.00m)]);
        venue.ClientTypes.AddRange(["volunteer", "artist", "press", "student"]);
        b.Customer("Noor", "Visser", "noor.visser@example.nl", "Utrecht", "volunteer");
        b.Customer("Milan", "Boer", "milan.deboer@example.nl", "Zeist", "student").Preposition = "de";

        var tent = HallPlans.GeneralAdmission(11, "Fringe Tent Griftpark", Address, new PriceRank(51, "Vrije plaatsing", 0m), 80);
        var kelder = HallPlans.GeneralAdmission(12, "Podium De Kelder", Address, new PriceRank(52, "Vrije plaatsing", 0m), 30);
        venue.Halls.AddRange([tent, kelder]);
        var ticket = b.Type("Festivalticket", TicketType.AmountOff, 0.00m);
        var pass = b.Type("Fringe Pass", TicketType.FixedPrice, 0.00m, perOrderCap: 1);
        var student = b.Type("Student", TicketType.PercentOff, 20.00m);

        var mime = b.Production(201, "Wolkenkrabbers", "Mime op Stelten", "Vier mimespelers op stelten veroveren het park.", "Straattheater");
        b.Perform(mime, 2101, tent, 2, "16:00", 45, 12.50m, [ticket, pass, student], 6);
        b.Perform(mime, 2102, tent, 3, "16:00", 45, 12.50m, [ticket, pass, student], 6);
        b.Perform(mime, 2103, tent, 4, "16:00", 45, 12.50m, [ticket, pass, student], 6);

        var lied = b.Production(202, "Een Lied voor Juf Ans", "Collectief Krijtbord", "Een muzikale ode aan de juf die alles zag.", "Muziektheater");
        b.Perform(lied, 2111, kelder, 2, "20:00", 60, 14.00m, [ticket, pass, student], 4);
        b.Perform(lied, 2112, kelder, 4, "20:00", 60, 14.00m, [ticket, pass, student], 4);

        var impro = b.Production(203, "Late Night Impro Battle", "De Improvisatoren", "Twee teams, één publiek, nul script.", "Impro");
        b.Perform(impro, 2121, tent, 3, "22:30", 75, 10.00m, [ticket, pass], 10);

        var disco = b.Production(204, "Stille Disco Dansvoorstelling", "Dansgroep Koptelefoon", "Dans mee met koptelefoon op.", "Dans");
        b.Perform(disco, 2131, tent, 5, "21:00", 90, 9.00m, [ticket, pass, student], 10);

        foreach (var performance in venue.AllPerformances)
        {
            b.SellShare(performance, 30);
        }
        AddNumberedProduction(b, [ticket, pass, student]);
        return venue;
    }

    /// <summary>Added after the festival's own sales, so the general-admission performances are seeded as before.</summary>
    private static void AddNumberedProduction(VenueBuilder b, TicketType[] types)
    {
        var zaal = NumberedHalls.FringeTheaterzaal(Address, new PriceRank(53, "Front", 0m), new PriceRank(54, "Back", -4.00m));
        b.Venue.Halls.Add(zaal);
        var keeper = b.Production(SandboxDemoSeats.FringeNumberedProduction, "The Lighthouse Keeper", "Saltwater Theatre",
            "A storm, a lamp that must not go out and a keeper who talks to the sea. A play with live sound.", "Theatre", "Saltwater Theatre");
        var first = b.Perform(keeper, SandboxDemoSeats.FringeReservedSeating, zaal, 3, "19:30", 80, 18.50m, types, 6);
        var second = b.Perform(keeper, SandboxDemoSeats.FringeReservedSeatingSecond, zaal, 5, "19:30", 80, 18.50m, types, 6);
        b.SellPlaces(first, SandboxDemoSeats.FringeSoldInReservedSeating);
        b.SellShare(second, 30);
    }
}
