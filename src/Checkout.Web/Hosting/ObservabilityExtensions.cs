using OpenTelemetry;
using OpenTelemetry.Exporter;
using OpenTelemetry.Metrics;
using OpenTelemetry.Resources;
using OpenTelemetry.Trace;
using Serilog;

namespace Checkout.Web.Hosting;

internal static class ObservabilityExtensions
{
    /// <summary>
    /// Serilog for logs (levels from the "Serilog" section); OpenTelemetry traces and metrics always collected,
    /// exported only when "OpenTelemetry:OtlpEndpoint" is set.
    /// </summary>
    public static WebApplicationBuilder AddCheckoutObservability(this WebApplicationBuilder builder)
    {
        builder.Services.AddSerilog((services, logger) => logger
            .ReadFrom.Configuration(builder.Configuration)
            .ReadFrom.Services(services)
            .Enrich.FromLogContext()
            .WriteTo.Console(formatProvider: System.Globalization.CultureInfo.InvariantCulture),
            // Each host its own logger (not the static Log.Logger), so several hosts in one process (tests) keep their logs apart.
            preserveStaticLogger: true);

        var telemetry = builder.Services.AddOpenTelemetry()
            .ConfigureResource(r => r.AddService("Checkout.Web"))
            .WithTracing(t => t.AddAspNetCoreInstrumentation().AddHttpClientInstrumentation())
            .WithMetrics(m => m.AddAspNetCoreInstrumentation().AddHttpClientInstrumentation().AddBuiltInMeters());

        if (builder.Configuration["OpenTelemetry:OtlpEndpoint"] is { Length: > 0 } endpoint)
        {
            telemetry.UseOtlpExporter(OtlpExportProtocol.HttpProtobuf, new Uri(endpoint));
        }

        return builder;
    }

    private static MeterProviderBuilder AddBuiltInMeters(this MeterProviderBuilder metrics) =>
        metrics.AddMeter("System.Runtime", "Microsoft.AspNetCore.Server.Kestrel", "Microsoft.AspNetCore.Components");
}
