using System.Net;
using Checkout.Sandbox;

namespace Checkout.IntegrationTests.Sandbox;

public sealed class PublicWireShapeTests
{
    [Fact]
    public async Task Event_list_has_the_documented_main_and_sub_event_fields()
    {
        await using var host = await SandboxHost.StartAsync();
        var events = await host.GetJson("v1/demo/events");

        Assert.True(events.GetArrayLength() >= 8);
        foreach (var main in events.EnumerateArray())
        {
            WireShape.AssertMatches(ContractExamples.MainEvent, main);
        }
    }

    [Fact]
    public async Task Sub_event_id_returns_a_flat_sub_event_and_main_id_returns_main_with_subs()
    {
        await using var host = await SandboxHost.StartAsync();

        var sub = await host.GetJson($"v1/demo/events/{SandboxDemoIds.TenSeatsLeft}");
        var main = await host.GetJson($"v1/demo/events/{SandboxDemoIds.MultiPerformanceProduction}");

        WireShape.AssertMatches(ContractExamples.SubEvent, sub[0]);
        Assert.False(sub[0].TryGetProperty("sub_events", out _));
        Assert.Equal("0000-00-00 00:00:00", sub[0].GetProperty("event_view_end").GetString());
        Assert.Matches(@"^\d{4}-\d\d-\d\d$", sub[0].GetProperty("event_date").GetString());
        Assert.Matches(@"^\d\d:\d\d:\d\d$", sub[0].GetProperty("event_time").GetString());
        WireShape.AssertMatches(ContractExamples.MainEvent, main[0]);
        Assert.Equal(8, main[0].GetProperty("sub_events").GetArrayLength());
    }

    [Fact]
    public async Task Upcoming_and_unknown_events()
    {
        await using var host = await SandboxHost.StartAsync();

        var upcoming = await host.GetJson("v1/demo/events/upcoming");
        using var missing = await host.Http.GetAsync("v1/demo/events/999999", TestContext.Current.CancellationToken);

        WireShape.AssertMatches(ContractExamples.MainEvent, upcoming[0]);
        Assert.Equal(HttpStatusCode.NotFound, missing.StatusCode);
        Assert.Equal("Event not found", (await SandboxHost.Read(missing)).GetProperty("message").GetString());
    }

    [Fact]
    public async Task Ticket_types_use_string_money_and_all_three_discount_kinds()
    {
        await using var host = await SandboxHost.StartAsync();
        var types = await host.GetJson($"v1/demo/tickettypes/{SandboxDemoIds.ReservedSeating}");

        foreach (var type in types.EnumerateArray())
        {
            WireShape.AssertMatches(ContractExamples.TicketType, type);
            Assert.Matches(@"^\d+\.\d\d$", type.GetProperty("discounted_price").GetString());
        }
        var kinds = types.EnumerateArray().Select(t => t.GetProperty("discount_type").GetString()).ToHashSet();
        Assert.Superset(new HashSet<string?> { "€", "%", "=" }, kinds);
        var stadspas = types.EnumerateArray().Single(t => t.GetProperty("discount_name").GetString() == "Stadspas");
        Assert.Equal("24.38", stadspas.GetProperty("discounted_price").GetString()); // 32.50 × 0.75 = 24.375, half-up
    }

    [Fact]
    public async Task Ticket_types_of_an_unknown_sub_event_is_an_error_object()
    {
        await using var host = await SandboxHost.StartAsync();
        using var response = await host.Http.GetAsync($"v1/demo/tickettypes/{SandboxDemoIds.MultiPerformanceProduction}", TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        var body = await SandboxHost.Read(response);
        WireShape.AssertMatches(ContractExamples.Error, body);
        Assert.Equal("sub_event not found", body.GetProperty("message").GetString());
    }

    [Fact]
    public async Task Payment_methods_have_string_costs_and_one_surcharge()
    {
        await using var host = await SandboxHost.StartAsync();
        var methods = await host.GetJson("v1/demo/paymentmethods");

        Assert.True(methods.GetArrayLength() >= 3);
        WireShape.AssertMatches($"[{ContractExamples.PaymentMethod}]", methods);
        Assert.Contains(methods.EnumerateArray(), m => m.GetProperty("payment_cost").GetString() != "0.00");
    }

    [Fact]
    public async Task Unknown_client_is_404_with_a_message()
    {
        await using var host = await SandboxHost.StartAsync();
        using var response = await host.Http.GetAsync("v1/nobody/events", TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Equal("Client not found", (await SandboxHost.Read(response)).GetProperty("message").GetString());
    }

    [Fact]
    public async Task Second_client_has_its_own_programme()
    {
        await using var host = await SandboxHost.StartAsync();
        var events = await host.GetJson("v1/fringe/events");

        Assert.True(events.GetArrayLength() >= 3);
        WireShape.AssertMatches(ContractExamples.MainEvent, events[0]);
        Assert.DoesNotContain(events.EnumerateArray(), e => e.GetProperty("event_name").GetString() == "Hamlet");
    }
}
