using System.Net;
using Checkout.VoordeMensen;
using Checkout.VoordeMensen.Public;

namespace Checkout.IntegrationTests.VoordeMensen;

public sealed class PublicEventContractTests : IDisposable
{
    private static readonly TimeSpan SummerTime = TimeSpan.FromHours(2);
    private readonly VdmTestHost _host = VdmTestHost.Create();

    [Fact]
    public async Task Events_example_reads_into_a_production_with_its_performance()
    {
        _host.Stub.OnJson("GET", "/v1/demo/events", PublicContractExamples.Events);

        var productions = await _host.Default.Public.GetProductionsAsync(cancellationToken: TestContext.Current.CancellationToken);

        var production = Assert.Single(productions);
        Assert.Equal(94, production.Id);
        Assert.Equal("VoordeMensen Demo Event", production.Name);
        Assert.Equal("Subtitle or company name", production.ShortText);
        Assert.Null(production.ImageUrl);
        var performance = Assert.Single(production.Performances);
        Assert.Equal(95, performance.Id);
        Assert.Equal(94, performance.ProductionId);
        Assert.Equal(new DateTimeOffset(2026, 4, 1, 20, 30, 0, SummerTime), performance.Start);
        Assert.Equal(new DateTimeOffset(2026, 4, 1, 22, 30, 0, SummerTime), performance.End);
        Assert.Null(performance.ViewEnd);
        Assert.Equal(PerformanceStatus.Published, performance.Status);
        Assert.Equal(10, performance.MaxPerOrder);
        Assert.Equal(1, performance.LocationId);
        Assert.Equal("Bellevue Grote Zaal", performance.LocationName);
        Assert.True(performance.IsOnSale);
    }

    [Fact]
    public async Task Public_calls_never_carry_the_Peppered_key()
    {
        _host.Stub.OnJson("GET", "/v1/demo/events", PublicContractExamples.Events);

        await _host.Default.Public.GetProductionsAsync(cancellationToken: TestContext.Current.CancellationToken);

        var request = Assert.Single(_host.Stub.Requests);
        Assert.Equal("https://api.vdm.test", request.Authority);
        Assert.Null(request.Authorization);
    }

    [Fact]
    public async Task Upcoming_events_use_the_upcoming_path()
    {
        _host.Stub.OnJson("GET", "/v1/demo/events/upcoming", PublicContractExamples.Events);

        var productions = await _host.Default.Public.GetProductionsAsync(upcomingOnly: true, TestContext.Current.CancellationToken);

        Assert.Equal(95, Assert.Single(Assert.Single(productions).Performances).Id);
    }

    [Fact]
    public async Task A_sub_event_id_returns_its_production_with_only_that_performance()
    {
        // Shape observed in integration code: the sub event of the §1.1 example as a flat array element.
        _host.Stub.OnJson("GET", "/v1/demo/events/95", """
            [{ "event_id": 95, "event_name": "VoordeMensen Demo Event", "event_date": "2026-04-01", "event_time": "20:30:00",
               "event_end": "22:30:00", "event_view_end": "0000-00-00 00:00:00", "event_rep": "sub", "event_main_id": 94,
               "event_free": 10, "event_status": "pub", "location_id": 1, "location_name": "Bellevue Grote Zaal" }]
            """);

        var production = await _host.Default.Public.GetProductionAsync(95, TestContext.Current.CancellationToken);

        Assert.NotNull(production);
        Assert.Equal(94, production.Id);
        Assert.Equal(95, Assert.Single(production.Performances).Id);
    }

    [Fact]
    public async Task Event_not_found_reads_as_null()
    {
        _host.Stub.On("GET", "/v1/demo/events/12345", HttpStatusCode.NotFound, PublicContractExamples.EventNotFound);

        Assert.Null(await _host.Default.Public.GetProductionAsync(12345, TestContext.Current.CancellationToken));
    }

    [Fact]
    public async Task Ticket_types_example_reads_all_three_discount_kinds_and_prices()
    {
        _host.Stub.OnJson("GET", "/v1/demo/tickettypes/95", PublicContractExamples.TicketTypesOldDocs);

        var types = await _host.Default.Public.GetTicketTypesAsync(95, TestContext.Current.CancellationToken);

        Assert.Equal(
            [
                new TicketType("2ePdA8q3BN", "Standaard", 24.50m, DiscountKind.FixedAmount, 0.00m, 24.50m),
                new TicketType("bo6dlyJGea", "CJP", 24.50m, DiscountKind.FixedAmount, 1.00m, 23.50m),
                new TicketType("GyPdxwZ3Zp", "Uitflits", 24.50m, DiscountKind.FixedPrice, 2.00m, 2.00m),
                new TicketType("AYDJK7JlkX", "stadspas", 24.50m, DiscountKind.Percentage, 25.00m, 18.38m),
            ],
            types);
    }

    [Fact]
    public async Task Sub_event_not_found_throws_NotFound_with_VdMs_message()
    {
        _host.Stub.On("GET", "/v1/demo/tickettypes/999", HttpStatusCode.NotFound, PublicContractExamples.SubEventNotFound);

        var error = await Assert.ThrowsAsync<VoordeMensenException>(
            () => _host.Default.Public.GetTicketTypesAsync(999, TestContext.Current.CancellationToken));

        Assert.Equal(VdmErrorKind.NotFound, error.Kind);
        Assert.Equal("sub_event not found", error.Message);
        Assert.Equal(404, error.StatusCode);
        Assert.False(error.IsRetryable);
        Assert.Null(error.InnerException);
    }

    [Fact]
    public async Task An_error_object_with_status_200_where_a_list_was_expected_carries_VdMs_message()
    {
        _host.Stub.OnJson("GET", "/v1/demo/tickettypes/95", PublicContractExamples.SubEventNotFound);

        var error = await Assert.ThrowsAsync<VoordeMensenException>(
            () => _host.Default.Public.GetTicketTypesAsync(95, TestContext.Current.CancellationToken));

        Assert.Equal(VdmErrorKind.InvalidResponse, error.Kind);
        Assert.Equal("sub_event not found", error.Message);
    }

    public void Dispose() => _host.Dispose();
}
