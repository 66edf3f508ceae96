using System.Net;
using System.Net.Http.Json;
using System.Text.Json;

namespace Checkout.IntegrationTests.Sandbox;

public sealed class FaultInjectionTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task A_counted_status_fault_fails_the_next_request_then_recovers()
    {
        await using var host = await SandboxHost.StartAsync();
        using var put = await host.Http.PutAsJsonAsync("admin/faults", new[] { new { endpoint = "events", kind = "Status", value = 503, count = 1 } }, Ct);
        Assert.Equal(HttpStatusCode.OK, put.StatusCode);

        using var failed = await host.Http.GetAsync("v1/demo/events", Ct);
        using var recovered = await host.Http.GetAsync("v1/demo/events", Ct);

        Assert.Equal(HttpStatusCode.ServiceUnavailable, failed.StatusCode);
        Assert.True((await SandboxHost.Read(failed)).TryGetProperty("message", out _));
        Assert.Equal(HttpStatusCode.OK, recovered.StatusCode);
    }

    [Fact]
    public async Task Malformed_html_and_empty_bodies_are_served_where_configured()
    {
        await using var host = await SandboxHost.StartAsync();
        using var put = await host.Http.PutAsJsonAsync("admin/faults", new object[]
        {
            new { endpoint = "tickettypes", kind = "Malformed" },
            new { endpoint = "paymentmethods", kind = "Html" },
            new { path = "/v1/demo/cart/*", kind = "Empty" },
        }, Ct);

        var malformed = await host.Http.GetStringAsync("v1/demo/tickettypes/1001", Ct);
        using var html = await host.Http.GetAsync("v1/demo/paymentmethods", Ct);
        using var empty = await host.Http.GetAsync("v1/demo/cart/abc", Ct);

        Assert.ThrowsAny<JsonException>(() => JsonDocument.Parse(malformed));
        Assert.Equal(HttpStatusCode.BadGateway, html.StatusCode);
        Assert.Equal("text/html", html.Content.Headers.ContentType!.MediaType);
        Assert.Equal(HttpStatusCode.OK, empty.StatusCode);
        Assert.Empty(await empty.Content.ReadAsStringAsync(Ct));
    }

    [Fact]
    public async Task Faults_from_configuration_are_scoped_to_a_client_and_cleared_by_delete()
    {
        await using var host = await SandboxHost.StartAsync(new()
        {
            ["Sandbox:Faults:0:Endpoint"] = "events",
            ["Sandbox:Faults:0:Client"] = "fringe",
            ["Sandbox:Faults:0:Kind"] = "Status",
            ["Sandbox:Faults:0:Value"] = "500",
        });

        using var fringe = await host.Http.GetAsync("v1/fringe/events", Ct);
        using var demo = await host.Http.GetAsync("v1/demo/events", Ct);
        using var cleared = await host.Http.DeleteAsync("admin/faults", Ct);
        using var after = await host.Http.GetAsync("v1/fringe/events", Ct);

        Assert.Equal(HttpStatusCode.InternalServerError, fringe.StatusCode);
        Assert.Equal(HttpStatusCode.OK, demo.StatusCode);
        Assert.Equal(HttpStatusCode.OK, after.StatusCode);
    }

    [Fact]
    public async Task A_hang_never_answers_so_the_caller_times_out()
    {
        await using var host = await SandboxHost.StartAsync();
        using var put = await host.Http.PutAsJsonAsync("admin/faults", new[] { new { endpoint = "order.get", kind = "Hang" } }, Ct);
        using var impatient = new HttpClient { BaseAddress = host.Http.BaseAddress, Timeout = TimeSpan.FromMilliseconds(300) };

        await Assert.ThrowsAnyAsync<TaskCanceledException>(() => impatient.GetAsync("v1/demo/order/AAAAA-BBBBB-CCCCC-DDDDD", Ct));
    }

    [Fact]
    public async Task Invalid_rules_are_refused_with_a_message_naming_the_field()
    {
        await using var host = await SandboxHost.StartAsync();
        using var put = await host.Http.PutAsJsonAsync("admin/faults", new[] { new { endpoint = "events", kind = "Status", value = 42 } }, Ct);

        Assert.Equal(HttpStatusCode.BadRequest, put.StatusCode);
        Assert.Contains("Faults:0:Value", (await SandboxHost.Read(put)).GetProperty("message").GetString());
    }
}
