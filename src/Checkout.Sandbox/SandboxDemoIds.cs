namespace Checkout.Sandbox;

/// <summary>
/// Stable ids in the seeded data, for tests and demos. Dates are relative to the day of seeding
/// (Europe/Amsterdam); ids, names, prices and capacities never change between resets.
/// </summary>
public static class SandboxDemoIds
{
    public const string DemoClient = "demo";
    public const string FringeClient = "fringe";

    /// <summary>Main event "Hamlet" with eight performances (<see cref="MultiPerformanceFirst"/>..+7).</summary>
    public const int MultiPerformanceProduction = 101;
    public const int MultiPerformanceFirst = 1001;

    /// <summary>Jazz in de Foyer, first night: every seat sold, event_free 0, adding fails.</summary>
    public const int SoldOut = 1031;

    /// <summary>Kleine Zaal cabaret with exactly 10 free seats (of 60) after seeding: the race-test event.</summary>
    public const int TenSeatsLeft = 1021;

    /// <summary>Published but not on sale ("nosal").</summary>
    public const int NoSale = 1042;

    /// <summary>Unpublished ("unpub").</summary>
    public const int Unpublished = 1051;

    /// <summary>"Open Podium (HTML-teksttest)": texts with markup, a script tag and an img onerror.</summary>
    public const int HtmlTextProduction = 109;
    public const int HtmlText = 1081;

    /// <summary>Grote Zaal performance (numbered seats, two ranks, wheelchair places) with all discount kinds.</summary>
    public const int ReservedSeating = MultiPerformanceFirst;

    /// <summary>"Het Zwanenmeer": the two performances where VdM's total is not the sum of the seat prices.</summary>
    public const int TotalCasesProduction = 110;

    /// <summary>
    /// Group discount: from 4 tickets in one cart, 10 % off this performance's tickets (Kleine Zaal, Standaard 22.50:
    /// 4 tickets are 90.00 in seat prices, totalprice 81.00; Peppered order discountName "Groepskorting").
    /// </summary>
    public const int GroupDiscount = 1091;

    /// <summary>
    /// Rounded once: Stadspas is 25 % off 24.50 = 18.375, seat_price "18.38", but VdM totals unrounded prices
    /// (2 tickets: 36.76 in seat prices, totalprice 36.75; 3 tickets: 55.14 and 55.13).
    /// </summary>
    public const int RoundedTotal = 1092;

    /// <summary>Seeded customer visitor@example.com (tags: friend).</summary>
    public const int KnownCustomer = 801;
    public const string KnownCustomerEmail = "visitor@example.com";

    /// <summary>Demo payment methods: 33 iDEAL, 34 Creditcard (1.50 surcharge), 35 Bancontact, 37 PayPal.</summary>
    public const int Ideal = 33;
    public const int CreditCardWithSurcharge = 34;
}
