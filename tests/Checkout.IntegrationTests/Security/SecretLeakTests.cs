using System.Net;
using Checkout.IntegrationTests.Infrastructure;
using Checkout.Sandbox;
using Checkout.Sandbox.Data;
using Checkout.VoordeMensen;
using Microsoft.Extensions.DependencyInjection;
using Serilog.Core;

namespace Checkout.IntegrationTests.Security;

/// <summary>
/// The Peppered key never leaves the server: not in any response (headers and bodies) the shop sends, not in any log
/// line, not in any <see cref="VoordeMensenException"/>; VdM's cart ids never reach the browser. Healthy, faulty and
/// wrongly-keyed upstreams, for both demo clients.
/// </summary>
public sealed class SecretLeakTests
{
    /// <summary>The least each scenario below scans; cited in docs/security.md.</summary>
    public const int MinimumResponsesScanned = 36;
    public const int MinimumLogLinesScanned = 60;
    public const int ExceptionsScanned = 14;

    /// <summary>Fault rules injected by these tests (one while browsing, eleven for the exceptions).</summary>
    public const int FaultsInjected = 12;

    private const string WrongKey = "leaky-wrong-key-0451";

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Browsing_buying_and_failing_pages_carry_no_key_and_no_cart_id()
    {
        var sink = new CapturingSink();
        using var app = new CheckoutWebFactory
        {
            Settings = new Dictionary<string, string?>
            {
                // Peppered reads fail once in a while, so the fallbacks and their log lines are scanned too.
                ["Sandbox:Faults:0:Endpoint"] = "peppered.*",
                ["Sandbox:Faults:0:Kind"] = "Html",
                ["Sandbox:Faults:0:Value"] = "502",
                ["Sandbox:Faults:0:Count"] = "1",
            },
            ExtraServices = s => s.AddSingleton<ILogEventSink>(sink),
        };
        var seen = new List<string>();
        foreach (var (prefix, performance) in new[] { ("", SandboxDemoIds.MultiPerformanceFirst), ("/fringe", 2101) })
        {
            using var browser = new ShopBrowser(app);
            await BrowseAndAddAsync(browser, prefix, performance);
            seen.AddRange(browser.Seen);
        }

        using (var store = app.Services.GetRequiredService<SandboxStore>().Enter(SandboxDemoIds.DemoClient))
        {
            var cartIds = store.Venue.Carts.Keys.ToList();
            Assert.NotEmpty(cartIds);
            SecretScan.AssertClean(seen, cartIds, "A response");
        }

        using (var store = app.Services.GetRequiredService<SandboxStore>().Enter(SandboxDemoIds.FringeClient))
        {
            SecretScan.AssertClean(seen, [.. store.Venue.Carts.Keys], "A response");
        }

        var forms = SecretScan.Forms(SecretScan.PepperedKeys);
        SecretScan.AssertClean(seen, forms, "A response");
        SecretScan.AssertClean(sink.Lines, forms, "A log line");
        Assert.True(seen.Count >= MinimumResponsesScanned, $"only {seen.Count} responses scanned");
        Assert.True(sink.Lines.Count >= MinimumLogLinesScanned, $"only {sink.Lines.Count} log lines scanned");
    }

    [Fact]
    public async Task A_wrong_key_refused_by_VdM_is_not_repeated_in_logs_responses_or_exceptions()
    {
        var sink = new CapturingSink();
        using var app = new CheckoutWebFactory
        {
            Settings = new Dictionary<string, string?> { ["VoordeMensen:ApiKey"] = WrongKey, ["VoordeMensen:AuthStyle"] = "Basic" },
            ExtraServices = s => s.AddSingleton<ILogEventSink>(sink),
        };
        using var browser = new ShopBrowser(app);
        await BrowseAndAddAsync(browser, "", SandboxDemoIds.MultiPerformanceFirst);

        var peppered = app.Services.GetRequiredService<IVoordeMensenClients>().For("default").Peppered;
        var error = await Assert.ThrowsAsync<VoordeMensenException>(() => peppered.GetEventAsync(SandboxDemoIds.MultiPerformanceFirst, Ct));

        Assert.Equal(VdmErrorKind.Unauthorized, error.Kind);
        var forms = SecretScan.Forms([WrongKey]);
        SecretScan.AssertClean([error.ToString(), error.Message], forms, "The exception");
        SecretScan.AssertClean(browser.Seen, forms, "A response");
        SecretScan.AssertClean(sink.Lines, forms, "A log line");
    }

    [Fact]
    public async Task Every_kind_of_upstream_failure_becomes_an_exception_without_the_key()
    {
        var sink = new CapturingSink();
        var faults = new[] { ("Status", 401), ("Status", 403), ("Status", 422), ("Status", 500), ("Status", 503), ("Html", 502), ("Malformed", 0), ("Empty", 0), ("Hang", 0) };
        var settings = new Dictionary<string, string?>
        {
            ["VoordeMensen:AttemptTimeoutSeconds"] = "1",
            ["VoordeMensen:TotalTimeoutSeconds"] = "2",
        };
        using var app = new CheckoutWebFactory { Settings = settings, ExtraServices = s => s.AddSingleton<ILogEventSink>(sink) };
        var registry = app.Services.GetRequiredService<Checkout.Sandbox.Faults.FaultRegistry>();
        var vdm = app.Services.GetRequiredService<IVoordeMensenClients>();
        var errors = new List<VoordeMensenException>();

        foreach (var (kind, value) in faults)
        {
            registry.Replace([new() { Endpoint = "peppered.*", Kind = Enum.Parse<Checkout.Sandbox.Faults.FaultKind>(kind), Value = value }]);
            errors.Add(await Assert.ThrowsAsync<VoordeMensenException>(() => vdm.For("default").Peppered.GetEventAsync(SandboxDemoIds.MultiPerformanceFirst, Ct)));
        }

        registry.Replace([new() { Endpoint = "peppered.*", Kind = Checkout.Sandbox.Faults.FaultKind.Status, Value = 500 }]);
        errors.Add(await Assert.ThrowsAsync<VoordeMensenException>(() => vdm.For("fringe").Peppered.GetEventAsync(2101, Ct)));
        registry.Replace([new() { Endpoint = "cart.create", Kind = Checkout.Sandbox.Faults.FaultKind.Status, Value = 500 }]);
        errors.Add(await Assert.ThrowsAsync<VoordeMensenException>(() => vdm.For("default").Public.CreateCartAsync(Ct)));
        registry.Replace([]);
        errors.Add(await Assert.ThrowsAsync<VoordeMensenException>(() => vdm.For("default").Public.GetTicketTypesAsync(999_999, Ct)));
        errors.Add(await Assert.ThrowsAsync<VoordeMensenException>(() => vdm.For("default").Public.AddTicketsAsync("x", 999_999, "nope", 1, Ct)));
        errors.Add(await Assert.ThrowsAsync<VoordeMensenException>(() => vdm.For("fringe").Public.AddTicketsAsync("x", 999_999, "nope", 1, Ct)));

        Assert.Equal(ExceptionsScanned, errors.Count);
        Assert.Equal(FaultsInjected - 1, faults.Length + 2);
        var forms = SecretScan.Forms(SecretScan.PepperedKeys);
        SecretScan.AssertClean(errors.SelectMany(e => new[] { e.Message, e.ToString(), string.Join(' ', e.FieldErrors.SelectMany(f => f.Value)) }), forms, "An exception");
        SecretScan.AssertClean(sink.Lines, forms, "A log line");
    }

    /// <summary>Programme, search, event, add to cart, cart, checkout, status pages (no key, garbage), errors and the sandbox's pages.</summary>
    private static async Task BrowseAndAddAsync(ShopBrowser browser, string prefix, int performance)
    {
        string[] reads =
        [
            "/", "/?q=hamlet", "/?date=2030-01-01", $"/event/{performance}", "/order/return", "/order/return?return=garbage",
            "/order/AAAAA-BBBBB-CCCCC-DDDDD", "/no-such-page", "/event/999999",
        ];
        foreach (var url in reads)
        {
            await browser.GetAsync(prefix + url);
        }

        var page = await browser.PageAsync($"{prefix}/event/{performance}");
        var (added, _) = await browser.PostFormAsync($"{prefix}/event/{performance}", page, ShopBrowser.FirstQuantity("2"));
        Assert.Equal(HttpStatusCode.Redirect, added.StatusCode);
        foreach (var url in new[] { "/cart", "/checkout", $"/event/{performance}", "/" })
        {
            await browser.GetAsync(prefix + url);
        }

        foreach (var url in new[] { "/sandbox/pay/AAAAA-BBBBB-CCCCC-DDDDD", "/health/live", "/health/ready", "/css/checkout.css" })
        {
            await browser.GetAsync(url);
        }
    }
}
