using Checkout.Sandbox;
using Checkout.Sandbox.Data;
using Checkout.Sandbox.Data.Seed;

namespace Checkout.UnitTests.Sandbox;

public sealed class DemoSeedTests
{
    private static readonly DateTimeOffset Now = new(2026, 10, 24, 22, 30, 0, TimeSpan.Zero);
    private readonly Venue demo = DemoVenueSeed.Build(Now);

    [Fact]
    public void Demo_programme_has_eight_productions_and_twenty_four_performances_in_the_next_sixty_days()
    {
        var today = DateOnly.FromDateTime(AmsterdamTime.ToWire(Now).DateTime);
        var window = demo.AllPerformances.Where(p => DateOnly.FromDateTime(p.Start) > today && DateOnly.FromDateTime(p.Start) <= today.AddDays(60));

        Assert.True(demo.Productions.Count >= 8);
        Assert.True(window.Count() >= 24);
    }

    [Fact]
    public void Documented_special_events_are_what_their_ids_say()
    {
        Assert.Equal(0, demo.Performances[SandboxDemoIds.SoldOut].EventFree);
        Assert.Equal(Performance.NoSale, demo.Performances[SandboxDemoIds.NoSale].Status);
        Assert.Equal(Performance.Unpublished, demo.Performances[SandboxDemoIds.Unpublished].Status);
        Assert.Equal(10, demo.Performances[SandboxDemoIds.TenSeatsLeft].FreeSeats);
        Assert.True(demo.Productions.Single(p => p.Id == SandboxDemoIds.MultiPerformanceProduction).Performances.Count >= 6);
        var html = demo.Performances[SandboxDemoIds.HtmlText].Production.Text;
        Assert.Contains("<script>", html);
        Assert.Contains("onerror=", html);
    }

    [Fact]
    public void Demo_covers_discount_kinds_caps_payment_methods_customers_and_wheelchair_places()
    {
        var kinds = demo.AllPerformances.SelectMany(p => p.TicketTypes).Select(t => t.Kind).ToHashSet();
        Assert.Equal(new HashSet<string> { "€", "%", "=" }, kinds);
        Assert.Superset(new HashSet<int> { 10, 6, 4 }, demo.AllPerformances.Select(p => p.MaxPerOrder).ToHashSet());
        Assert.True(demo.PaymentMethods.Count >= 3);
        Assert.Single(demo.PaymentMethods, m => m.Fee > 0);
        Assert.Contains(demo.Customers.Values, c => c.ClientTypes.Count > 1);
        Assert.Contains(demo.Orders.Values, o => o.Customer?.Email == SandboxDemoIds.KnownCustomerEmail);
        var grote = demo.Performances[SandboxDemoIds.ReservedSeating].Hall;
        Assert.True(grote.Numbered);
        Assert.Equal(2, grote.Ranks.Count);
        Assert.Contains(grote.Places, p => p.BlockType == "wheel");
    }

    [Fact]
    public void Seeding_is_deterministic()
    {
        var again = DemoVenueSeed.Build(Now);

        Assert.Equal(
            demo.AllPerformances.SelectMany(p => p.Seats).Select(s => s.Token),
            again.AllPerformances.SelectMany(p => p.Seats).Select(s => s.Token));
        Assert.Equal(demo.Orders.Keys.Order(), again.Orders.Keys.Order());
    }

    [Fact]
    public void Fringe_is_a_second_differently_named_venue()
    {
        var fringe = FringeVenueSeed.Build(Now);

        Assert.NotEqual(demo.Name, fringe.Name);
        Assert.True(fringe.Productions.Count >= 3);
        Assert.Empty(fringe.Performances.Keys.Intersect(demo.Performances.Keys));
    }
}
