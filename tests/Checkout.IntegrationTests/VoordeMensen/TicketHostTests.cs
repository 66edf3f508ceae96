using System.Net;

namespace Checkout.IntegrationTests.VoordeMensen;

public sealed class TicketHostTests
{
    private const string OrderKey = "XgFca-QmBxG-9WhAj-Osszb";

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Without_a_TicketHostUrl_a_real_vdm_client_checks_payments_on_tickets_voordemensen_nl()
    {
        var settings = VdmTestHost.DefaultSettings();
        settings.Remove("VoordeMensen:TicketHostUrl");
        using var host = VdmTestHost.Create(settings);
        host.Stub.OnJson("GET", $"/api/demo/payment/{OrderKey}", "{}");

        Assert.True(await host.Default.Public.CheckPaymentAsync(OrderKey, Ct));

        var request = Assert.Single(host.Stub.Requests);
        Assert.Equal("https://tickets.voordemensen.nl", request.Authority);
        Assert.Null(request.Authorization);
    }

    [Fact]
    public async Task A_failed_payment_check_is_logged_as_a_warning_with_the_route_template_and_never_the_order_key()
    {
        using var host = VdmTestHost.Create();
        host.Stub.On("GET", $"/api/demo/payment/{OrderKey}", HttpStatusCode.NotFound, """{"message": "Not Found"}""");

        var checkedOk = await host.Default.Public.CheckPaymentAsync(OrderKey, Ct);

        Assert.False(checkedOk);
        var warning = Assert.Single(host.Logs.Lines, l => l.Contains(" Warning ", StringComparison.Ordinal));
        Assert.Contains("payment check GET /api/{client}/payment/{orderKey}", warning, StringComparison.Ordinal);
        Assert.Contains("NotFound (HTTP 404)", warning, StringComparison.Ordinal);
        Assert.DoesNotContain(host.Logs.Lines, l => l.Contains(OrderKey, StringComparison.Ordinal));
    }

    [Fact]
    public async Task An_unreachable_ticket_host_answers_false_instead_of_throwing()
    {
        using var host = VdmTestHost.Create();
        host.Stub.On("GET", $"/api/demo/payment/{OrderKey}", HttpStatusCode.BadGateway, "<html>bad gateway</html>", "text/html");

        Assert.False(await host.Default.Public.CheckPaymentAsync(OrderKey, Ct));
        Assert.Contains(host.Logs.Lines, l => l.Contains(" Warning ", StringComparison.Ordinal) && l.Contains("Unavailable (HTTP 502)", StringComparison.Ordinal));
    }
}
