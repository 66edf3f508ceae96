namespace Checkout.Sandbox.Data.Seed;

/// <summary>The default venue: a Dutch city theatre with three halls and a varied programme.</summary>
internal static class DemoVenueSeed
{
    public const string Client = SandboxDemoIds.DemoClient;

    private static readonly HallAddress Address = new(
        "Sterrenplein 1", "2011 AA", "Haarlem", "023-5123400", "https://stadsschouwburg-de-ster.example.nl");

    public static Venue Build(DateTimeOffset now)
    {
        var venue = new Venue(Client, "Stadsschouwburg De Ster");
        var b = new VenueBuilder(venue, now, seed: 1905);
        venue.PaymentMethods.AddRange(
            [new(33, "iDEAL", 0.00m), new(34, "Creditcard", 1.50m), new(35, "Bancontact", 0.00m), new(37, "PayPal", 0.00m)]);
        venue.ClientTypes.AddRange(["friend", "donor", "vip", "press", "student", "subscriber"]);
        var customers = DemoCustomers(b);
        var halls = Halls();
        venue.Halls.AddRange([halls.Grote, halls.Kleine, halls.Foyer]);
        var types = new DemoTicketTypes(b);
        DemoProgramme.Add(b, halls, types);

        b.Sell(venue.Performances[SandboxDemoIds.TenSeatsLeft], 50);
        b.Sell(venue.Performances[SandboxDemoIds.SoldOut], halls.Foyer.Places.Count);
        b.SellPlaces(venue.Performances[SandboxDemoIds.ReservedSeating], SandboxDemoSeats.DemoSoldInReservedSeating);
        int[] exactlySeeded = [SandboxDemoIds.TenSeatsLeft, SandboxDemoIds.ReservedSeating];
        foreach (var performance in venue.AllPerformances.Where(p => p.OnSale && p.FreeSeats > 10 && !exactlySeeded.Contains(p.Id)))
        {
            b.SellShare(performance, 12);
        }
        b.Waiting(customers[1], venue.Performances[SandboxDemoIds.SoldOut], 2, notified: false);
        b.Waiting(customers[2], venue.Performances[SandboxDemoIds.SoldOut], 4, notified: true);
        DemoTotalCases.Add(b, halls, types);
        return venue;
    }

    private static List<Customer> DemoCustomers(VenueBuilder b)
    {
        List<Customer> customers =
        [
            b.Customer("Jane", "Doe", SandboxDemoIds.KnownCustomerEmail, "Amsterdam", "friend"),
            b.Customer("Daan", "Jansen", "daan.jansen@example.nl", "Haarlem", "student"),
            b.Customer("Fatima", "El Amrani", "fatima.elamrani@example.nl", "Heemstede", "donor", "vip"),
            b.Customer("Pieter", "Berg", "pieter.vandenberg@example.nl", "Leiden", "press"),
            b.Customer("Sanne", "Vries", "sanne.devries@example.nl", "Haarlem", "friend", "subscriber"),
            b.Customer("Eva", "Bakker", "eva.bakker@example.nl", "Zandvoort"),
        ];
        customers[3].Preposition = "van den";
        customers[4].Preposition = "de";
        customers[4].Salutation = "F";
        customers[4].Phone = "0612345678";
        return customers;
    }

    internal sealed record DemoHalls(Hall Grote, Hall Kleine, Hall Foyer);

    private static DemoHalls Halls()
    {
        return new DemoHalls(
            NumberedHalls.DemoGroteZaal(Address, new PriceRank(41, "Rang 1", 0m), new PriceRank(42, "Rang 2", -6.00m)),
            HallPlans.GeneralAdmission(2, "De Ster Kleine Zaal", Address, new PriceRank(43, "Vrije plaatsing", 0m), 60),
            HallPlans.GeneralAdmission(3, "Foyer De Ster", Address, new PriceRank(44, "Vrije plaatsing", 0m), 40));
    }
}

internal sealed class DemoTicketTypes(VenueBuilder b)
{
    public TicketType Standaard { get; } = b.Type("Standaard", TicketType.AmountOff, 0.00m);
    public TicketType Cjp { get; } = b.Type("CJP", TicketType.AmountOff, 2.50m, perOrderCap: 2);
    public TicketType Stadspas { get; } = b.Type("Stadspas", TicketType.PercentOff, 25.00m);
    public TicketType Vriend { get; } = b.Type("Vriend van De Ster", TicketType.PercentOff, 10.00m);
    public TicketType Student { get; } = b.Type("Studentenprijs", TicketType.FixedPrice, 12.50m);
    public TicketType Uitflits { get; } = b.Type("Uitflits", TicketType.FixedPrice, 5.00m, perEventCap: 4);
    public TicketType Kind { get; } = b.Type("Kind t/m 12 jaar", TicketType.FixedPrice, 9.50m);
}
