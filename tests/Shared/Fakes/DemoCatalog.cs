using Checkout.VoordeMensen.Public;

namespace Checkout.Tests.Shared.Fakes;

/// <summary>A small programme for the fake VdM: ids and prices tests can rely on.</summary>
public static class DemoCatalog
{
    public const int Production = 94;
    public const int Performance = 95;
    public const int SoldOutPerformance = 96;
    public const int FewLeftPerformance = 97;
    /// <summary>Tickets per order of <see cref="Performance"/> and of <see cref="FewLeftPerformance"/>.</summary>
    public const int PerOrder = 10;
    public const int FewLeftPerOrder = 2;

    public const string Standard = "2ePdA8q3BN";
    public const string Cjp = "bo6dlyJGea";
    public const string CityPass = "AYDJK7JlkX";

    public static DateTimeOffset Start { get; } = new(2030, 4, 1, 20, 30, 0, TimeSpan.FromHours(2));

    /// <summary>Adds production 94 with performances 95 (10 per order), 96 (sold out) and 97 (2 left) and their types.</summary>
    public static FakeVdm Seed(this FakeVdm vdm)
    {
        var performances = new List<Performance>
        {
            Perf(Performance, Start, PerOrder),
            Perf(SoldOutPerformance, Start.AddDays(1), 0),
            Perf(FewLeftPerformance, Start.AddDays(2), FewLeftPerOrder),
        };
        vdm.Public.Productions.Add(new Production
        {
            Id = Production,
            Name = "Hamlet",
            ShortText = "Toneelgroep Noorderlicht",
            Text = "<p>Zijn of <em>niet</em> zijn.</p><script>alert('x')</script>",
            Performances = performances,
        });
        foreach (var performance in performances)
        {
            vdm.Public.TicketTypes[performance.Id] =
            [
                new TicketType(Standard, "Standaard", 24.50m, DiscountKind.FixedAmount, 0m, 24.50m),
                new TicketType(Cjp, "CJP", 24.50m, DiscountKind.FixedAmount, 1.00m, 23.50m),
                new TicketType(CityPass, "Stadspas", 24.50m, DiscountKind.Percentage, 25m, 18.38m),
            ];
        }

        return vdm;
    }

    private static Performance Perf(int id, DateTimeOffset start, int free) => new()
    {
        Id = id,
        ProductionId = Production,
        Name = "Hamlet",
        Start = start,
        End = start.AddHours(2),
        Status = PerformanceStatus.Published,
        StatusRaw = "pub",
        MaxPerOrder = free,
        LocationId = 1,
        LocationName = "Grote Zaal",
    };
}
