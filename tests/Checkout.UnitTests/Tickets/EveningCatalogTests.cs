using Checkout.Tests.Shared.Fakes;
using Checkout.VoordeMensen.Peppered;
using Checkout.Web.Features.Cart;
using Checkout.Web.Features.Tickets;
using Microsoft.Extensions.DependencyInjection;

namespace Checkout.UnitTests.Tickets;

/// <summary>What a buyer needs on the evening, from what the cart held or what Peppered exported, with the hall's address.</summary>
public sealed class EveningCatalogTests : IDisposable
{
    private static readonly DateTimeOffset Start = DemoCatalog.Start;
    private TicketsHarness harness = new();

    private static CancellationToken Cancel => TestContext.Current.CancellationToken;

    private EveningCatalog Catalog => harness.For("v1").GetRequiredService<EveningCatalog>();

    private static HeldTicket Line(int performance, string type, string? row = null, string? seat = null, string? section = null, DateTimeOffset? start = null) => new()
    {
        SeatId = Guid.NewGuid().ToString("N"), EventId = performance, EventName = "Hamlet", LocationName = "Grote Zaal",
        Start = start ?? Start.AddDays(performance == DemoCatalog.FewLeftPerformance ? 2 : 0), Price = 24.50m, DiscountName = type,
        Row = row, SeatNumber = seat, Section = section,
    };

    [Fact]
    public async Task An_order_placed_here_shows_each_performance_with_its_end_hall_address_and_tickets()
    {
        HeldTicket[] lines =
        [
            Line(DemoCatalog.FewLeftPerformance, "CJP", "3", "12", "Balkon"),
            Line(DemoCatalog.Performance, "Standaard"),
            Line(DemoCatalog.Performance, "Standaard"),
            Line(DemoCatalog.Performance, "Stadspas"),
        ];

        var evenings = (await Catalog.ScheduleAsync(lines.Select(l => l.EventId), null, Cancel)).Of(lines);

        Assert.Equal([DemoCatalog.Performance, DemoCatalog.FewLeftPerformance], evenings.Select(e => e.PerformanceId));
        var first = evenings[0];
        Assert.Equal("Hamlet", first.Name);
        Assert.Equal(Start, first.Start);
        Assert.Equal(Start.AddHours(2), first.End);
        Assert.Equal(new EveningHall("Grote Zaal", "Leidsekade 90", "1017 PN", "Amsterdam"), first.Hall);
        Assert.Equal("Leidsekade 90, 1017 PN Amsterdam", first.Hall!.Address);
        Assert.Equal([new EveningSeat("Standaard", null, null, null, 2), new EveningSeat("Stadspas", null, null, null, 1)], first.Seats);
        Assert.Equal(3, first.TicketCount);
        Assert.Equal([new EveningSeat("CJP", "Balkon", "3", "12")], evenings[1].Seats);
    }

    [Fact]
    public async Task Without_a_Peppered_key_or_locations_the_hall_keeps_its_name_and_the_cart_its_date()
    {
        harness.Dispose();
        harness = new TicketsHarness(peppered: false);
        var lines = new[] { Line(DemoCatalog.Performance, "Standaard") };

        var evening = Assert.Single((await Catalog.ScheduleAsync([DemoCatalog.Performance], null, Cancel)).Of(lines));

        Assert.Equal(new EveningHall("Grote Zaal", null, null, null), evening.Hall);
        Assert.Null(evening.Hall!.Address);
        Assert.Equal(Start, evening.Start);
        Assert.DoesNotContain(harness.Vdm.Calls, c => c.StartsWith("Peppered.", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Performances_that_passed_come_from_Peppered_events_since_the_oldest_order()
    {
        var past = harness.Clock.GetUtcNow().AddDays(-40);
        harness.Vdm.PepperedEvents.Add(new PepperedEvent { Id = 501, ProductionId = 50, Name = "Oud & Nieuw", Start = past, End = null, HallId = 1 });
        ExportedSeat[] seats =
        [
            new("s1", 501, 1, 5, 12, 20m, "p", "Standaard"),
            new("s2", DemoCatalog.Performance, 1, 0, 0, 20m, "p", "Standaard"),
            new("s3", DemoCatalog.Performance, 1, 0, 0, 20m, "p", "Standaard"),
        ];

        await WarmProgrammeAsync();

        var evenings = (await Catalog.ScheduleAsync(seats.Select(s => s.EventId), past.AddDays(-3), Cancel)).Of(seats);

        Assert.Equal([501, DemoCatalog.Performance], evenings.Select(e => e.PerformanceId));
        Assert.Equal("Oud & Nieuw", evenings[0].Name);
        Assert.Equal(past, evenings[0].Start);
        Assert.Null(evenings[0].End);
        Assert.Equal("Grote Zaal", evenings[0].Hall!.Name);
        Assert.Equal([new EveningSeat("Standaard", null, "5", "12")], evenings[0].Seats);
        Assert.Equal([new EveningSeat("Standaard", null, null, null, 2)], evenings[1].Seats);
        Assert.Equal(1, harness.Vdm.Calls.Count(c => c == "Peppered.GetEvents"));
    }

    [Fact]
    public async Task Performances_the_programme_lists_need_no_Peppered_events_and_halls_are_read_once_for_many_pages()
    {
        var lines = new[] { Line(DemoCatalog.Performance, "Standaard") };
        await WarmProgrammeAsync();

        for (var page = 0; page < 3; page++)
        {
            Assert.Single((await Catalog.ScheduleAsync([DemoCatalog.Performance], Start.AddDays(-60), Cancel)).Of(lines));
        }

        Assert.DoesNotContain("Peppered.GetEvents", harness.Vdm.Calls);
        Assert.Equal(1, harness.Vdm.Calls.Count(c => c == "Peppered.GetHalls"));
    }

    // The programme's own refresh reads Peppered's events list (for its wheelchair places); what is counted here is
    // what the evenings cost on top of a programme every page has read already.
    private async Task WarmProgrammeAsync()
    {
        Assert.True((await harness.For("v1").GetRequiredService<Checkout.Web.Features.Events.ProgrammeService>().GetProgrammeAsync(Cancel)).Succeeded);
        harness.Vdm.Calls.Clear();
    }

    public void Dispose() => harness.Dispose();
}
