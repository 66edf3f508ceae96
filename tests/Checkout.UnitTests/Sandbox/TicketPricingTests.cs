using Checkout.Sandbox;
using Checkout.Sandbox.Data;
using Checkout.Sandbox.Data.Seed;
using Checkout.Sandbox.Inventory;

namespace Checkout.UnitTests.Sandbox;

public sealed class TicketPricingTests
{
    private static readonly DateTimeOffset Now = new(2026, 4, 1, 8, 0, 0, TimeSpan.Zero);
    private readonly Venue demo = DemoVenueSeed.Build(Now);

    [Theory]
    [InlineData(3, 67.50, null)]
    [InlineData(4, 81.00, "Groepskorting")]
    [InlineData(5, 101.25, "Groepskorting")]
    public void The_group_discount_applies_from_four_tickets_of_its_performance(int tickets, decimal total, string? discount)
    {
        var price = TicketPricing.Of(Tickets(SandboxDemoIds.GroupDiscount, "Standaard", tickets));

        Assert.Equal(new TicketPrice(total, discount), price);
    }

    [Fact]
    public void Tickets_of_another_performance_neither_count_towards_nor_get_the_group_discount()
    {
        var price = TicketPricing.Of([.. Tickets(SandboxDemoIds.GroupDiscount, "Standaard", 3), .. Tickets(SandboxDemoIds.TenSeatsLeft, "Standaard", 2)]);

        Assert.Equal(new TicketPrice(67.50m + 49.00m, null), price);
    }

    [Theory]
    [InlineData(1, 18.38)]
    [InlineData(2, 36.75)]
    [InlineData(3, 55.13)]
    [InlineData(4, 73.50)]
    public void The_rounding_performance_rounds_the_sum_of_unrounded_prices_once(int tickets, decimal total)
    {
        Assert.Equal(total, TicketPricing.Of(Tickets(SandboxDemoIds.RoundedTotal, "Stadspas", tickets)).Total);
    }

    [Fact]
    public void Every_other_demo_performance_totals_the_sum_of_its_seat_prices()
    {
        var others = demo.AllPerformances.Where(p => p.Production.Id != SandboxDemoIds.TotalCasesProduction).ToList();

        Assert.All(others, p => Assert.Null(p.GroupDiscount));
        Assert.All(others, p => Assert.False(p.TotalsUnroundedPrices));
    }

    [Fact]
    public void The_exact_price_is_the_seat_price_before_rounding()
    {
        var stadspas = new TicketType("x", "Stadspas", TicketType.PercentOff, 25m);

        Assert.Equal(18.375m, stadspas.ExactPriceFor(24.50m));
        Assert.Equal(18.38m, stadspas.PriceFor(24.50m));
    }

    private IEnumerable<(Seat, Performance, TicketType, decimal)> Tickets(int performanceId, string typeName, int count)
    {
        var performance = demo.Performances[performanceId];
        var type = performance.TicketTypes.Single(t => t.Name == typeName);
        return performance.Seats.Where(s => s.IsFree).Take(count)
            .Select(s => (s, performance, type, type.PriceFor(performance.PriceFor(s.Place.RankId))));
    }
}
