using static Checkout.Sandbox.Data.Performance;

namespace Checkout.Sandbox.Data.Seed;

/// <summary>Nine productions, 26 performances over the next eight weeks.</summary>
internal static class DemoProgramme
{
    public static void Add(VenueBuilder b, DemoVenueSeed.DemoHalls halls, DemoTicketTypes t)
    {
        var hamlet = b.Production(SandboxDemoIds.MultiPerformanceProduction, "Hamlet", "Toneelgroep Noorderlicht",
            "<p>Shakespeares meest gespeelde tragedie in een nieuwe vertaling. Een prins, een geest en de vraag die "
            + "iedereen kent: <em>zijn of niet zijn</em>.</p><p>Duur: 2 uur en 45 minuten inclusief pauze.</p>",
            "Toneel", "Toneelgroep Noorderlicht");
        int[] hamletDays = [3, 5, 9, 12, 16, 23, 30, 37];
        for (var i = 0; i < hamletDays.Length; i++)
        {
            b.Perform(hamlet, SandboxDemoIds.MultiPerformanceFirst + i, halls.Grote, hamletDays[i], "20:15", 165, 32.50m,
                [t.Standaard, t.Cjp, t.Stadspas, t.Vriend, t.Uitflits]);
        }

        var notenkraker = b.Production(102, "De Notenkraker", "Nationaal Danstheater & Holland Symfonia",
            "Het klassieke kerstballet met live orkest: Clara, de Muizenkoning en het Suikerfeetje.", "Dans");
        b.Perform(notenkraker, 1011, halls.Grote, 18, "19:30", 140, 44.00m, [t.Standaard, t.Stadspas, t.Vriend], 6);
        b.Perform(notenkraker, 1012, halls.Grote, 19, "14:00", 140, 44.00m, [t.Standaard, t.Stadspas, t.Vriend], 6);
        b.Perform(notenkraker, 1013, halls.Grote, 19, "19:30", 140, 44.00m, [t.Standaard, t.Stadspas, t.Vriend], 6);

        var kees = b.Production(103, "Alles Komt Goed", "Kees van Amstel",
            "Kees van Amstel kijkt in zijn vijfde voorstelling met mildheid en venijn naar een land dat altijd haast heeft.",
            "Cabaret", "Kees van Amstel");
        TicketType[] keesTypes = [t.Standaard, t.Cjp, t.Stadspas, t.Uitflits];
        b.Perform(kees, SandboxDemoIds.TenSeatsLeft, halls.Kleine, 7, "20:30", 110, 24.50m, keesTypes);
        b.Perform(kees, 1022, halls.Kleine, 28, "20:30", 110, 24.50m, keesTypes);
        b.Perform(kees, 1023, halls.Kleine, 45, "20:30", 110, 24.50m, keesTypes);

        var jazz = b.Production(104, "Jazz in de Foyer: Tineke Postma Kwartet", "Tineke Postma Kwartet",
            "Saxofoniste Tineke Postma speelt nieuw werk met haar kwartet. Vrije plaatsing aan tafeltjes.", "Jazz");
        b.Perform(jazz, SandboxDemoIds.SoldOut, halls.Foyer, 10, "21:00", 150, 19.50m, [t.Standaard, t.Cjp], 4);
        b.Perform(jazz, 1032, halls.Foyer, 38, "21:00", 150, 19.50m, [t.Standaard, t.Cjp], 4);

        var blazers = b.Production(105, "Zomeravondconcert", "Nederlands Blazers Ensemble",
            "Van Mozart tot Nederlandse volksmuziek: het NBE neemt je mee op een muzikale zomeravondwandeling.", "Klassiek");
        b.Perform(blazers, 1041, halls.Grote, 14, "20:00", 120, 29.00m, [t.Standaard, t.Stadspas, t.Vriend], 6);
        b.Perform(blazers, SandboxDemoIds.NoSale, halls.Grote, 42, "20:00", 120, 29.00m,
            [t.Standaard, t.Stadspas, t.Vriend], 6, NoSale);

        var verdriet = b.Production(106, "Het Verdriet van Nederland (try-out)", "Theatercollectief Dijkgraaf",
            "Een nieuwe voorstelling over wat we samen kwijtraakten, en wat we terugvonden.", "Toneel");
        b.Perform(verdriet, SandboxDemoIds.Unpublished, halls.Kleine, 20, "20:30", 90, 22.00m,
            [t.Standaard, t.Student], 4, Unpublished);
        b.Perform(verdriet, 1052, halls.Kleine, 49, "20:30", 90, 22.00m, [t.Standaard, t.Student], 4);

        var pluk = b.Production(107, "Pluk van de Petteflet (6+)", "Theater Vrolijk Verzet",
            "Pluk en zijn rode kraanwagentje zoeken een huis. Een voorstelling voor iedereen vanaf 6 jaar.", "Jeugd");
        b.Perform(pluk, 1061, halls.Kleine, 6, "14:30", 60, 15.00m, [t.Standaard, t.Kind, t.Stadspas]);
        b.Perform(pluk, 1062, halls.Kleine, 13, "14:30", 60, 15.00m, [t.Standaard, t.Kind, t.Stadspas]);
        b.Perform(pluk, 1063, halls.Kleine, 27, "11:00", 60, 15.00m, [t.Standaard, t.Kind, t.Stadspas]);

        var traviata = b.Production(108, "La Traviata", "Opera Zuid",
            "Verdi's opera over liefde en opoffering, gezongen in het Italiaans met Nederlandse boventiteling.",
            "Opera", "Opera Zuid");
        TicketType[] operaTypes = [t.Standaard, t.Cjp, t.Stadspas, t.Vriend, t.Student];
        b.Perform(traviata, 1071, halls.Grote, 33, "19:30", 180, 54.00m, operaTypes);
        b.Perform(traviata, 1072, halls.Grote, 52, "19:30", 180, 54.00m, operaTypes);

        var podium = b.Production(SandboxDemoIds.HtmlTextProduction, "Open Podium (HTML-teksttest)",
            "Singer-songwriters &amp; spoken word, <em>koffie van het huis</em>",
            "<p>Een avond vol <strong>nieuw talent</strong> uit de regio.</p>"
            + "<script>alert('sandbox-xss-script')</script>"
            + "<img src=\"x\" onerror=\"alert('sandbox-xss-img')\">"
            + "<p><a href=\"javascript:alert('sandbox-xss-link')\">Programma</a></p>",
            "Muziek");
        b.Perform(podium, SandboxDemoIds.HtmlText, halls.Foyer, 24, "21:30", 180, 12.50m, [t.Standaard]);
    }
}
