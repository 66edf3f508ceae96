using System.Net;
using Checkout.Sandbox;
using Microsoft.Extensions.Options;

namespace Checkout.IntegrationTests.Sandbox;

public sealed class AdminAndStartupTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Reset_restores_the_seeded_state()
    {
        await using var host = await SandboxHost.StartAsync();
        await host.PlaceOrder(SandboxDemoIds.TenSeatsLeft, 5);
        Assert.Equal(5, await host.EventFree(SandboxDemoIds.TenSeatsLeft));

        using var reset = await host.Http.PostAsync("admin/reset", null, Ct);

        Assert.Equal(HttpStatusCode.NoContent, reset.StatusCode);
        Assert.Equal(10, await host.EventFree(SandboxDemoIds.TenSeatsLeft));
    }

    [Fact]
    public async Task Requests_are_counted_per_client_and_endpoint_in_process_and_over_http()
    {
        await using var host = await SandboxHost.StartAsync();
        await host.GetJson("v1/demo/events");
        await host.GetJson("v1/demo/events");
        await host.GetJson("v1/fringe/tickettypes/2101");

        var stats = host.Service<SandboxRequestStats>();
        var overHttp = await host.GetJson("admin/stats");

        Assert.Equal(2, stats.Count("demo", "events"));
        Assert.Equal(1, stats.Count("fringe", "tickettypes"));
        Assert.Equal(2, overHttp.GetProperty("demo").GetProperty("events").GetInt64());
        using var cleared = await host.Http.DeleteAsync("admin/stats", Ct);
        Assert.Equal(0, stats.Total("demo"));
    }

    [Fact]
    public async Task Memory_reports_the_managed_heap_after_a_full_collection_and_the_working_set()
    {
        await using var host = await SandboxHost.StartAsync();
        var collectionsBefore = GC.CollectionCount(GC.MaxGeneration);

        var memory = await host.GetJson("admin/memory");

        var managed = memory.GetProperty("managedBytes").GetInt64();
        Assert.True(managed > 0, memory.ToString());
        Assert.True(memory.GetProperty("heapSizeBytes").GetInt64() > 0, memory.ToString());
        Assert.True(memory.GetProperty("workingSetBytes").GetInt64() > managed, memory.ToString());
        Assert.True(GC.CollectionCount(GC.MaxGeneration) > collectionsBefore, "no full collection was forced");
    }

    [Fact]
    public async Task Invalid_options_fail_start_up_naming_the_key()
    {
        var failure = await Assert.ThrowsAsync<OptionsValidationException>(() =>
            SandboxHost.StartAsync(new() { ["Sandbox:HoldMinutes"] = "0", ["Sandbox:Clients:demo:ApiKey"] = "" }));

        Assert.Contains("Sandbox:HoldMinutes", failure.Message);
        Assert.Contains("Sandbox:Clients:demo:ApiKey", failure.Message);
    }
}
