using System.Net;
using Checkout.IntegrationTests.Infrastructure;
using Checkout.IntegrationTests.Security;
using Microsoft.Extensions.DependencyInjection;
using Serilog.Core;

namespace Checkout.IntegrationTests.Operations;

/// <summary>
/// A page answered from the output cache is logged at Debug, so an on-sale's page views do not queue on the console;
/// a rendered page stays at Information, and the documented override brings the cache hits' lines back.
/// </summary>
public sealed class RequestLogLevelTests
{
    private const string EventPage = "/event/1001";

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task A_rendered_page_is_logged_at_information_and_its_cache_hits_below_it()
    {
        var lines = await EventPageTwiceAsync(new Dictionary<string, string?>());

        var line = Assert.Single(lines);
        Assert.StartsWith("Information ", line, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_documented_override_brings_the_cache_hits_back_at_debug()
    {
        var lines = await EventPageTwiceAsync(new Dictionary<string, string?>
        {
            ["Serilog:MinimumLevel:Override:Serilog.AspNetCore.RequestLoggingMiddleware"] = "Debug",
        });

        Assert.Equal(2, lines.Count);
        Assert.StartsWith("Information ", lines[0], StringComparison.Ordinal);
        Assert.StartsWith("Debug ", lines[1], StringComparison.Ordinal);
    }

    /// <summary>Renders the event page, then gets it from the cache; returns the request log lines of the two.</summary>
    private static async Task<List<string>> EventPageTwiceAsync(Dictionary<string, string?> settings)
    {
        var sink = new CapturingSink();
        using var app = new CheckoutWebFactory { Settings = settings, ExtraServices = s => s.AddSingleton<ILogEventSink>(sink) };
        using var http = app.CreateClient();

        using var rendered = await http.GetAsync(EventPage, Ct);
        using var cached = await http.GetAsync(EventPage, Ct);

        Assert.Equal(HttpStatusCode.OK, rendered.StatusCode);
        Assert.Null(rendered.Headers.Age);
        Assert.NotNull(cached.Headers.Age);
        // A request's line is written once its pipeline has returned, which its client may not wait for; Kestrel runs a
        // connection's next request only after that, so the cart page's line comes after the event page's lines.
        using var sentinel = await http.GetAsync("/cart", Ct);
        for (var waited = 0; !sink.Lines.Any(l => l.Contains("RequestPath=\"/cart\"", StringComparison.Ordinal)); waited += 50)
        {
            Assert.True(waited < 10_000, "The cart page's request was never logged.");
            await Task.Delay(50, Ct);
        }

        return RequestLines(sink);
    }

    private static List<string> RequestLines(CapturingSink sink) =>
        [.. sink.Lines.Where(l => l.Contains(" responded ", StringComparison.Ordinal) && l.Contains("/event/", StringComparison.Ordinal))];
}
