using System.Net;
using Checkout.IntegrationTests.Infrastructure;
using Checkout.IntegrationTests.Security;
using Checkout.VoordeMensen.Connectivity;
using Checkout.Web.Hosting.Health;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;
using Serilog.Core;

namespace Checkout.IntegrationTests.Operations;

/// <summary>
/// /health/ready asks VdM (through the connectivity probe, at most once per 30 s per client, one shared in-flight
/// check), and says what failed only in the log; /health/live stays trivial. A client VdM does not know is also
/// reported at start-up, without holding start-up up.
/// </summary>
public sealed class ReadinessTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task A_client_vdm_does_not_know_makes_ready_503_with_a_bare_body_and_the_fix_in_the_log()
    {
        await using var vdm = await StubVdm.StartAsync(StubVdmMode.UnknownClient);
        var sink = new CapturingSink();
        using var app = new CheckoutWebFactory { Settings = StubVdm.Settings(vdm.Root), ExtraServices = s => s.AddSingleton<ILogEventSink>(sink) };
        var client = app.CreateClient();

        using var ready = await client.GetAsync("/health/ready", Ct);
        using var live = await client.GetAsync("/health/live", Ct);

        Assert.Equal(HttpStatusCode.ServiceUnavailable, ready.StatusCode);
        Assert.Equal("Unhealthy", await ready.Content.ReadAsStringAsync(Ct));
        Assert.Equal(HttpStatusCode.OK, live.StatusCode);
        Assert.Equal("Healthy", await live.Content.ReadAsStringAsync(Ct));
        var line = Assert.Single(sink.Lines, l => l.StartsWith("Error", StringComparison.Ordinal) && l.Contains("does not know client 'stubvenue'", StringComparison.Ordinal));
        Assert.Contains("ClientKey=\"default\"", line, StringComparison.Ordinal);
        Assert.Contains("set VoordeMensen:Client", line, StringComparison.Ordinal);
        Assert.DoesNotContain(sink.Lines, l => l.Contains(StubVdm.Key, StringComparison.Ordinal));
    }

    [Fact]
    public async Task Concurrent_and_repeated_probes_share_one_upstream_check_per_client()
    {
        await using var vdm = await StubVdm.StartAsync();
        vdm.Slow = TimeSpan.FromMilliseconds(500);
        // The probes' clock stands still, so a slow machine cannot let the 30 s window pass between start-up and probes.
        using var app = new CheckoutWebFactory
        {
            Settings = StubVdm.Settings(vdm.Root),
            ExtraServices = s => s.AddSingleton(new CachedProbe<VdmConnectivityReport>(new FakeTimeProvider())),
        };
        var client = app.CreateClient();
        // The start-up check of this real-VdM client runs in the background; let it finish so the count is the probes'.
        await WaitForAsync(() => vdm.Calls("/stubvenue/events/upcoming") == 1);

        var probes = await Task.WhenAll(Enumerable.Range(0, 40).Select(_ => client.GetAsync("/health/ready", Ct)));
        var again = await client.GetAsync("/health/ready", Ct);

        Assert.All(probes.Append(again), r => Assert.Equal(HttpStatusCode.OK, r.StatusCode));
        Assert.Equal(1, vdm.Calls("/stubvenue/events/upcoming"));
        Assert.Equal(1, vdm.Calls("/stubvenue/peppered/paymentmethods"));
        Assert.Equal(StubVdm.HasFringeClient ? 1 : 0, vdm.Calls("/fringe/events/upcoming"));
    }

    [Fact]
    public async Task Start_up_reports_a_client_vdm_does_not_know_without_any_probe()
    {
        await using var vdm = await StubVdm.StartAsync(StubVdmMode.UnknownClient);
        var sink = new CapturingSink();
        using var app = new CheckoutWebFactory { Settings = StubVdm.Settings(vdm.Root), ExtraServices = s => s.AddSingleton<ILogEventSink>(sink) };
        app.StartServer();

        await WaitForAsync(() => sink.Lines.Any(l => l.Contains("does not know client 'stubvenue'", StringComparison.Ordinal)));
        var line = sink.Lines.First(l => l.Contains("does not know client 'stubvenue'", StringComparison.Ordinal));
        Assert.StartsWith("Error", line, StringComparison.Ordinal);
        Assert.Contains("set VoordeMensen:Client", line, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Start_up_neither_fails_nor_waits_when_vdm_is_down_and_ready_then_says_unhealthy()
    {
        var settings = StubVdm.Settings(StubVdm.DownRoot);
        settings["VoordeMensen:AttemptTimeoutSeconds"] = "1";
        using var app = new CheckoutWebFactory { Settings = settings };
        var client = app.CreateClient();

        using var live = await client.GetAsync("/health/live", Ct);
        using var ready = await client.GetAsync("/health/ready", Ct);

        Assert.Equal(HttpStatusCode.OK, live.StatusCode);
        Assert.Equal(HttpStatusCode.ServiceUnavailable, ready.StatusCode);
    }

    [Fact]
    public async Task Redis_and_smtp_that_do_not_answer_make_ready_unhealthy()
    {
        var settings = new Dictionary<string, string?>
        {
            ["Redis:Configuration"] = $"127.0.0.1:{LoopbackPort.Free()},connectTimeout=500",
            ["Mail:Host"] = "127.0.0.1",
            ["Mail:Port"] = LoopbackPort.Free().ToString(System.Globalization.CultureInfo.InvariantCulture),
        };
        var sink = new CapturingSink();
        using var app = new CheckoutWebFactory { Settings = settings, ExtraServices = s => s.AddSingleton<ILogEventSink>(sink) };

        using var ready = await app.CreateClient().GetAsync("/health/ready", Ct);

        Assert.Equal(HttpStatusCode.ServiceUnavailable, ready.StatusCode);
        Assert.Equal("Unhealthy", await ready.Content.ReadAsStringAsync(Ct));
        Assert.Contains(sink.Lines, l => l.Contains("check Redis:Configuration", StringComparison.Ordinal));
        Assert.Contains(sink.Lines, l => l.Contains("check Mail:Host, Mail:Port and Mail:Security", StringComparison.Ordinal));
    }

    private static async Task WaitForAsync(Func<bool> condition)
    {
        for (var waited = 0; !condition(); waited += 50)
        {
            Assert.True(waited < 30_000, "timed out");
            await Task.Delay(50, Ct);
        }
    }
}
