using System.Collections.Concurrent;
using System.Diagnostics.Metrics;
using Checkout.IntegrationTests.Infrastructure;
using Checkout.VoordeMensen;
using Checkout.VoordeMensen.Http;
using Microsoft.Extensions.DependencyInjection;

namespace Checkout.IntegrationTests.Operations;

/// <summary>Upstream latency per endpoint template, heard through a <see cref="MeterListener"/> while the app calls its sandbox.</summary>
public sealed class VdmMetricsTests(CheckoutWebFactory app) : IClassFixture<CheckoutWebFactory>
{
    [Fact]
    public async Task Each_vdm_call_records_its_duration_under_the_endpoint_template_not_the_url()
    {
        var measured = new ConcurrentQueue<(double Seconds, Dictionary<string, object?> Tags)>();
        using var listener = new MeterListener();
        listener.InstrumentPublished = (instrument, l) =>
        {
            if (instrument.Meter.Name == VdmMetrics.MeterName && instrument.Name == VdmMetrics.RequestDuration)
            {
                l.EnableMeasurementEvents(instrument);
            }
        };
        listener.SetMeasurementEventCallback<double>((_, value, tags, _) => measured.Enqueue((value, tags.ToArray().ToDictionary(t => t.Key, t => t.Value))));
        listener.Start();
        app.StartServer();
        var vdm = app.Services.GetRequiredService<IVoordeMensenClients>().For("default");
        var cartId = await vdm.Public.CreateCartAsync(TestContext.Current.CancellationToken);

        await vdm.Public.GetCartAsync(cartId, TestContext.Current.CancellationToken);

        // The meter is the library's own (static): other tests' calls may be heard too, so this looks for its own.
        var read = measured.First(m => Equals(m.Tags["url.template"], "/v1/{client}/cart/{cartId}") && Equals(m.Tags["http.request.method"], "GET"));
        Assert.Equal("default", read.Tags["client"]);
        Assert.Equal(200, read.Tags["http.response.status_code"]);
        Assert.True(read.Seconds > 0);
        Assert.DoesNotContain(measured, m => m.Tags.Values.Any(v => v?.ToString()?.Contains(cartId, StringComparison.Ordinal) == true));
        Assert.Contains(measured, m => Equals(m.Tags["http.request.method"], "POST"));
    }
}
