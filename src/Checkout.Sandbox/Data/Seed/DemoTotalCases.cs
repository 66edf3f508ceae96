namespace Checkout.Sandbox.Data.Seed;

/// <summary>
/// Two performances where VdM's total is not the sum of the seat prices: a group discount from four tickets and a
/// percentage ticket type whose total is rounded once instead of per ticket. Seeded after the earlier sales, so every
/// other id, seat and sale of the demo stays as it was.
/// </summary>
internal static class DemoTotalCases
{
    public static void Add(VenueBuilder b, DemoVenueSeed.DemoHalls halls, DemoTicketTypes t)
    {
        var zwanenmeer = b.Production(SandboxDemoIds.TotalCasesProduction, "Het Zwanenmeer", "Balletgezelschap Adagio",
            "<p>Tsjaikovski's klassieker in een compacte versie voor de Kleine Zaal.</p>"
            + "<p>Groepskorting: bestel je 4 of meer kaarten voor de avondvoorstelling, dan krijg je 10% korting op die kaarten.</p>",
            "Dans");
        b.Perform(zwanenmeer, SandboxDemoIds.GroupDiscount, halls.Kleine, 21, "20:00", 100, 22.50m, [t.Standaard, t.Stadspas])
            .GroupDiscount = new GroupDiscount("Groepskorting", 4, 10m);
        b.Perform(zwanenmeer, SandboxDemoIds.RoundedTotal, halls.Kleine, 26, "14:30", 100, 24.50m, [t.Standaard, t.Stadspas])
            .TotalsUnroundedPrices = true;
    }
}
