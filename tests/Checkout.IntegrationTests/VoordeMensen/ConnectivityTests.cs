using System.Net;
using Checkout.VoordeMensen.Connectivity;
using Microsoft.Extensions.DependencyInjection;

namespace Checkout.IntegrationTests.VoordeMensen;

/// <summary>The connectivity probe against a stubbed VdM: one attempt per check, classified for an operator.</summary>
public sealed class ConnectivityTests : IDisposable
{
    private const string Upcoming = "/v1/demo/events/upcoming";
    private const string AllEvents = "/v1/demo/events";
    private const string PaymentMethods = "/v1/demo/peppered/paymentmethods";

    private readonly VdmTestHost _host = VdmTestHost.Create();

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private IVoordeMensenConnectivity Probe => _host.Services.GetRequiredService<IVoordeMensenConnectivity>();

    [Fact]
    public async Task A_reachable_vdm_that_knows_the_client_and_accepts_the_key_is_healthy()
    {
        _host.Stub.OnJson("GET", Upcoming, PublicContractExamples.Events);
        _host.Stub.OnJson("GET", PaymentMethods, PepperedContractExamples.PepperedPaymentMethods);

        var report = await Probe.CheckAsync("default", Ct);

        Assert.True(report.IsHealthy);
        Assert.Equal([VdmCheckKind.EventList, VdmCheckKind.PepperedKey], report.Checks.Select(c => c.Kind));
        Assert.Contains("client 'demo' at https://api.vdm.test/v1/demo/events/upcoming (productions with upcoming performances: 1)", report.Checks[0].Message, StringComparison.Ordinal);
        Assert.Equal(VdmTestHost.DemoKey, _host.Stub.RequestsTo("GET", PaymentMethods).Single().Authorization);
    }

    [Fact]
    public async Task A_404_on_the_whole_event_list_is_an_unknown_client_named_with_the_key_to_fix()
    {
        _host.Stub.On("GET", "/v1/fringe/events/upcoming", HttpStatusCode.NotFound, PublicContractExamples.EventNotFound);
        _host.Stub.On("GET", "/v1/fringe/events", HttpStatusCode.NotFound, PublicContractExamples.EventNotFound);
        _host.Stub.OnJson("GET", "/v1/fringe/peppered/paymentmethods", PepperedContractExamples.PepperedPaymentMethods);

        var report = await Probe.CheckAsync("fringe", Ct);

        var events = report.Checks[0];
        Assert.False(report.IsHealthy);
        Assert.Equal(VdmCheckStatus.ClientUnknown, events.Status);
        Assert.Contains("does not know client 'fringe'", events.Message, StringComparison.Ordinal);
        Assert.Contains("set Clients:fringe:VoordeMensen:Client", events.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_known_client_with_nothing_upcoming_is_not_mistaken_for_an_unknown_one()
    {
        _host.Stub.On("GET", Upcoming, HttpStatusCode.NotFound, PublicContractExamples.EventNotFound);
        _host.Stub.OnJson("GET", AllEvents, "[]");
        _host.Stub.OnJson("GET", PaymentMethods, PepperedContractExamples.PepperedPaymentMethods);

        var report = await Probe.CheckAsync("default", Ct);

        Assert.True(report.IsHealthy);
        Assert.Contains("none with upcoming performances", report.Checks[0].Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_5xx_is_unreachable_after_exactly_one_call_per_check()
    {
        _host.Stub.On("GET", Upcoming, HttpStatusCode.ServiceUnavailable, "");
        _host.Stub.On("GET", PaymentMethods, HttpStatusCode.ServiceUnavailable, "");

        var report = await Probe.CheckAsync("default", Ct);

        Assert.All(report.Checks, c => Assert.Equal(VdmCheckStatus.Unreachable, c.Status));
        Assert.Contains("(HTTP 503): check VoordeMensen:BaseUrl", report.Checks[0].Message, StringComparison.Ordinal);
        Assert.Equal(2, _host.Stub.Requests.Count);
    }

    [Fact]
    public async Task No_answer_within_the_attempt_timeout_is_unreachable()
    {
        _host.Stub.Hang("GET", Upcoming);
        _host.Stub.OnJson("GET", PaymentMethods, PepperedContractExamples.PepperedPaymentMethods);

        var report = await Probe.CheckAsync("default", Ct);

        Assert.Equal(VdmCheckStatus.Unreachable, report.Checks[0].Status);
        Assert.Contains("did not answer https://api.vdm.test/v1/demo/events/upcoming within 2 s", report.Checks[0].Message, StringComparison.Ordinal);
        Assert.True(report.Checks[1].IsOk);
    }

    [Fact]
    public async Task An_html_page_instead_of_the_event_list_is_an_invalid_response_pointing_at_the_base_url()
    {
        _host.Stub.On("GET", Upcoming, HttpStatusCode.OK, "<!DOCTYPE html><html><body>Welcome</body></html>", "text/html");
        _host.Stub.OnJson("GET", PaymentMethods, PepperedContractExamples.PepperedPaymentMethods);

        var report = await Probe.CheckAsync("default", Ct);

        Assert.Equal(VdmCheckStatus.InvalidResponse, report.Checks[0].Status);
        Assert.Contains("HTML page", report.Checks[0].Message, StringComparison.Ordinal);
        Assert.Contains("check that VoordeMensen:BaseUrl points at the VdM API", report.Checks[0].Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(HttpStatusCode.Unauthorized)]
    [InlineData(HttpStatusCode.Forbidden)]
    public async Task A_refused_key_is_named_by_its_configuration_key_and_never_printed(HttpStatusCode status)
    {
        _host.Stub.OnJson("GET", Upcoming, PublicContractExamples.Events);
        _host.Stub.On("GET", PaymentMethods, status, """{"message": "Unauthenticated."}""");

        var report = await Probe.CheckAsync("default", Ct);

        var key = report.Checks[1];
        Assert.Equal(VdmCheckStatus.KeyRefused, key.Status);
        Assert.Contains($"refused the Peppered API key of client 'demo' (HTTP {(int)status}): set VoordeMensen:ApiKey", key.Message, StringComparison.Ordinal);
        Assert.DoesNotContain(VdmTestHost.DemoKey, key.Message, StringComparison.Ordinal);
        Assert.True(report.Checks[0].IsOk);
    }

    [Fact]
    public async Task Without_a_key_only_the_event_list_is_checked()
    {
        var settings = VdmTestHost.DefaultSettings();
        settings.Remove("Clients:fringe:VoordeMensen:ApiKey");
        using var host = VdmTestHost.Create(settings);
        host.Stub.OnJson("GET", "/v1/fringe/events/upcoming", PublicContractExamples.Events);

        var report = await host.Services.GetRequiredService<IVoordeMensenConnectivity>().CheckAsync("fringe", Ct);

        Assert.Equal(VdmCheckKind.EventList, Assert.Single(report.Checks).Kind);
        Assert.True(report.IsHealthy);
        Assert.Single(host.Stub.Requests);
    }

    [Fact]
    public async Task Unknown_client_keys_are_refused()
    {
        await Assert.ThrowsAsync<KeyNotFoundException>(() => Probe.CheckAsync("nope", Ct));
    }

    public void Dispose() => _host.Dispose();
}
