using Checkout.VoordeMensen.Peppered;

namespace Checkout.IntegrationTests.VoordeMensen;

public sealed class PepperedEventContractTests : IDisposable
{
    private static readonly TimeSpan SummerTime = TimeSpan.FromHours(2);
    private readonly VdmTestHost _host = VdmTestHost.Create();

    private IVdmPepperedService Peppered => _host.Default.Peppered;

    [Fact]
    public async Task Events_example_reads_iso_times_and_numeric_prices_with_the_date_filter_in_the_query()
    {
        _host.Stub.OnJson("GET", "/v1/demo/peppered/event?startDate=2026-04-01&endDate=2026-04-30", PepperedContractExamples.PepperedEvents);

        var events = await Peppered.GetEventsAsync(new DateOnly(2026, 4, 1), new DateOnly(2026, 4, 30), TestContext.Current.CancellationToken);

        var e = Assert.Single(events);
        Assert.Equal(95, e.Id);
        Assert.Equal(94, e.ProductionId);
        Assert.Null(e.EventType);
        Assert.Empty(e.Tags);
        Assert.Equal(new DateTimeOffset(2026, 4, 1, 20, 30, 0, SummerTime), e.Start);
        Assert.Equal(new DateTimeOffset(2026, 4, 1, 22, 30, 0, SummerTime), e.End);
        Assert.Equal(1, e.HallId);
        Assert.Equal([new PepperedPrice(42, null, null, null, 24.5m)], e.Prices);
        Assert.Same(EventAvailability.None, e.Availability);
    }

    [Fact]
    public async Task A_single_event_reads_seat_and_block_availability()
    {
        _host.Stub.OnJson("GET", "/v1/demo/peppered/event/95", """
            {"eventId": 95, "productionId": 94, "eventName": "Hamlet", "eventTags": "drama, classic",
             "start": "2026-04-01T20:30:00+02:00", "end": null, "hallId": 1, "prices": [],
             "availability": [{"seatId": "abc", "rankId": 42, "available": true}],
             "blockAvailability": [{"blockType": "wheel", "blockName": "Rolstoelplaatsen", "count": 4}, {"blockType": "xyz"}]}
            """);

        var e = await Peppered.GetEventAsync(95, TestContext.Current.CancellationToken);

        Assert.NotNull(e);
        Assert.Equal(["drama", "classic"], e.Tags);
        Assert.Null(e.End);
        Assert.Equal([new SeatAvailability("abc", 42, true)], e.Availability.Seats);
        Assert.Equal([new RankAvailability(42, null, 1)], e.Availability.Ranks);
        Assert.Equal(
            [new BlockAvailability(BlockKind.Wheelchair, "wheel", "Rolstoelplaatsen", 4, null), new BlockAvailability(BlockKind.Unknown, "xyz", null, 0, null)],
            e.Availability.Blocks);
    }

    [Fact]
    public async Task Production_and_payment_method_examples_read()
    {
        _host.Stub
            .OnJson("GET", "/v1/demo/peppered/production/94", PepperedContractExamples.PepperedProduction)
            .OnJson("GET", "/v1/demo/peppered/paymentmethods", PepperedContractExamples.PepperedPaymentMethods);

        var production = await Peppered.GetProductionAsync(94, TestContext.Current.CancellationToken);
        var methods = await Peppered.GetPaymentMethodsAsync(TestContext.Current.CancellationToken);

        Assert.NotNull(production);
        Assert.Equal((94, "VoordeMensen Demo Event", (string?)null), (production.Id, production.Title, production.Artist));
        Assert.Empty(production.Events);
        Assert.Equal(
            [new PepperedPaymentMethod(1, "iDEAL", 0m), new PepperedPaymentMethod(2, "Cash", 0m), new PepperedPaymentMethod(3, "Invoice", 2.50m)],
            methods);
    }

    [Fact]
    public async Task Halls_and_seat_plan_examples_read_with_seat_ids_as_strings()
    {
        _host.Stub
            .OnJson("GET", "/v1/demo/peppered/hall", PepperedContractExamples.PepperedHalls)
            .OnJson("GET", "/v1/demo/peppered/seating/95", PepperedContractExamples.PepperedSeatPlan);

        var halls = await Peppered.GetHallsAsync(TestContext.Current.CancellationToken);
        var plan = await Peppered.GetSeatPlanAsync(95, TestContext.Current.CancellationToken);

        Assert.Equal(
            [new Hall(1, "Bellevue Grote Zaal", "Leidsekade 90", "1017 PN", "Amsterdam", "020-5305301", new Uri("https://theaterbellevue.nl"))],
            halls);
        Assert.Equal(95, plan.EventId);
        Assert.Equal(120, plan.Available);
        Assert.Equal([new PriceLevel("2ePdA8q3BN", 42, "Rang 1", 24.50m)], plan.PriceLevels);
        var row = Assert.Single(Assert.Single(plan.Sections).Rows);
        Assert.Equal(1, row.RowNumber);
        Assert.Equal([new Seat("abc", 1, 42, true), new Seat("def", 2, 42, false)], row.Seats);
    }

    public void Dispose() => _host.Dispose();
}
