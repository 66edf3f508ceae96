using System.Collections.Concurrent;
using System.Diagnostics;
using System.Net;
using Checkout.IntegrationTests.Infrastructure;
using Checkout.IntegrationTests.Orders;
using Checkout.IntegrationTests.Security;
using Checkout.Sandbox;
using Checkout.Sandbox.Data;
using Microsoft.Extensions.DependencyInjection;
using OpenTelemetry;
using OpenTelemetry.Trace;
using Serilog.Core;

namespace Checkout.IntegrationTests.Operations;

/// <summary>
/// Request logs and OpenTelemetry spans of a purchase (add to cart, cart, checkout, order placed at VdM, its status
/// page under both URL forms and after payment) carry route templates: no order key and no cart id in any log line,
/// span name or tag.
/// </summary>
public sealed class TelemetryScanTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Logs_and_spans_of_a_purchase_carry_no_order_key_and_no_cart_id()
    {
        var sink = new CapturingSink();
        var spans = new SpanCapture();
        using var app = new CheckoutWebFactory
        {
            ExtraServices = s => s
                .AddSingleton<ILogEventSink>(sink)
                .ConfigureOpenTelemetryTracerProvider(t => t.AddProcessor(spans)),
        };
        using var browser = new ShopBrowser(app);
        var performance = SandboxDemoIds.MultiPerformanceFirst + 2;
        var page = await browser.PageAsync($"/event/{performance}");
        var (added, _) = await browser.PostFormAsync($"/event/{performance}", page, ShopBrowser.FirstQuantity("2"));
        Assert.Equal(HttpStatusCode.Redirect, added.StatusCode);
        await browser.GetAsync("/cart");
        await browser.GetAsync("/checkout");

        var (key, paymentUrl) = await EmbeddedSandboxOrders.PlaceAsync(browser.Http, performance, 1);
        await browser.GetAsync($"/order/{key}");
        await browser.GetAsync($"/order/return?return={key}");
        using (await browser.Http.PostAsync($"{paymentUrl}/pay", null, Ct))
        {
        }

        await browser.GetAsync($"/order/return?response={key}");
        await browser.GetAsync($"/order/{key}/no-such-thing");

        List<string> cartIds;
        using (var store = app.Services.GetRequiredService<SandboxStore>().Enter(SandboxDemoIds.DemoClient))
        {
            cartIds = [.. store.Venue.Carts.Keys];
        }

        string[] secrets = [key, .. cartIds];
        Assert.True(cartIds.Count >= 2, "a shop cart and the order's cart");
        await WaitForAsync(() => spans.Texts.Any(t => t.Contains("/order/{OrderKey}", StringComparison.Ordinal)));
        SecretScan.AssertClean(sink.Lines, secrets, "A log line");
        SecretScan.AssertClean(spans.Texts, secrets, "A span");
        Assert.Contains(sink.Lines, l => l.Contains("RequestPath=\"/order/{OrderKey}\"", StringComparison.Ordinal) && l.Contains("StatusCode=200", StringComparison.Ordinal));
        Assert.Contains(sink.Lines, l => l.Contains("RequestPath=\"/order/return\"", StringComparison.Ordinal) && l.Contains("StatusCode=200", StringComparison.Ordinal));
        Assert.Contains(spans.Texts, t => t.Contains("url.full=http://127.0.0.1:", StringComparison.Ordinal) && t.Contains("/v1/{client}/order/{orderKey}", StringComparison.Ordinal));
    }

    private static async Task WaitForAsync(Func<bool> condition)
    {
        for (var waited = 0; !condition(); waited += 50)
        {
            Assert.True(waited < 30_000, "timed out");
            await Task.Delay(50, Ct);
        }
    }

    /// <summary>Every exported span as one line: its name and all its tags.</summary>
    private sealed class SpanCapture : BaseProcessor<Activity>
    {
        public ConcurrentQueue<string> Texts { get; } = new();

        public override void OnEnd(Activity data) =>
            Texts.Enqueue($"{data.DisplayName} {data.OperationName} " + string.Join(' ', data.TagObjects.Select(t => $"{t.Key}={t.Value}")));
    }
}
