using Checkout.VoordeMensen.Http;
using Checkout.Web.Features;
using Microsoft.AspNetCore.Components.Server.Circuits;
using Microsoft.Extensions.DependencyInjection.Extensions;
using OpenTelemetry;
using OpenTelemetry.Exporter;
using OpenTelemetry.Metrics;
using OpenTelemetry.Resources;
using OpenTelemetry.Trace;
using Serilog;
using Serilog.Events;

namespace Checkout.Web.Hosting.Observability;

internal static class ObservabilityExtensions
{
    /// <summary>
    /// Serilog for logs (levels from the "Serilog" section, plain text or JSON per <see cref="LogFormat"/>);
    /// OpenTelemetry traces and metrics (the shop's own meters included) always collected, exported only when
    /// "OpenTelemetry:OtlpEndpoint" is set. Spans carry route templates, never the paths or queries with keys.
    /// </summary>
    public static WebApplicationBuilder AddCheckoutObservability(this WebApplicationBuilder builder)
    {
        var json = LogFormat.For(builder.Configuration);
        builder.Services.AddHttpContextAccessor();
        builder.Services.AddSerilog((services, logger) =>
        {
            logger.ReadFrom.Configuration(builder.Configuration).ReadFrom.Services(services).Enrich.FromLogContext()
                .Enrich.With(new RequestPathEnricher(services.GetRequiredService<IHttpContextAccessor>()));
            if (json is null)
            {
                logger.WriteTo.Console(formatProvider: System.Globalization.CultureInfo.InvariantCulture);
            }
            else
            {
                logger.WriteTo.Console(json);
            }
        },
            // Each host its own logger (not the static Log.Logger), so several hosts in one process (tests) keep their logs apart.
            preserveStaticLogger: true);

        builder.Services.TryAddEnumerable(ServiceDescriptor.Scoped<CircuitHandler, LiveCircuitCounter>());
        var telemetry = builder.Services.AddOpenTelemetry()
            .ConfigureResource(r => r.AddService("Checkout.Web"))
            .WithTracing(t => t
                .AddAspNetCoreInstrumentation(o => o.EnrichWithHttpResponse = (activity, response) => SpanUrls.OfRequest(activity, response.HttpContext))
                .AddHttpClientInstrumentation(o => o.EnrichWithHttpRequestMessage = SpanUrls.OfUpstreamCall))
            .WithMetrics(m => m.AddAspNetCoreInstrumentation().AddHttpClientInstrumentation().AddBuiltInMeters()
                .AddMeter(ShopMetrics.MeterName, VdmMetrics.MeterName));

        if (builder.Configuration["OpenTelemetry:OtlpEndpoint"] is { Length: > 0 } endpoint)
        {
            telemetry.UseOtlpExporter(OtlpExportProtocol.HttpProtobuf, new Uri(endpoint));
        }

        return builder;
    }

    /// <summary>One line per request: method, route template, status and duration (never the path or query).</summary>
    public static IApplicationBuilder UseCheckoutRequestLogging(this IApplicationBuilder app) =>
        app.UseSerilogRequestLogging(o =>
        {
            o.MessageTemplate = "HTTP {RequestMethod} {RequestPath} responded {StatusCode} in {Elapsed:0.0} ms";
            o.GetMessageTemplateProperties = (context, _, elapsed, status) =>
            [
                new LogEventProperty("RequestMethod", new ScalarValue(context.Request.Method)),
                new LogEventProperty("RequestPath", new ScalarValue(RouteTemplates.Of(context))),
                new LogEventProperty("StatusCode", new ScalarValue(status)),
                new LogEventProperty("Elapsed", new ScalarValue(elapsed)),
            ];
            o.GetLevel = (context, _, exception) => RequestLogLevel.Of(context, exception);
            // The host's own logger (the static one is left alone, see AddCheckoutObservability).
            o.Logger = app.ApplicationServices.GetService<Serilog.ILogger>();
        });

    private static MeterProviderBuilder AddBuiltInMeters(this MeterProviderBuilder metrics) =>
        metrics.AddMeter("System.Runtime", "Microsoft.AspNetCore.Server.Kestrel", "Microsoft.AspNetCore.Components");
}
