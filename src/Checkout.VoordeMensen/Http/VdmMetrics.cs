using System.Diagnostics;
using System.Diagnostics.Metrics;
using Refit;

namespace Checkout.VoordeMensen.Http;

/// <summary>
/// The library's meter: how long each VdM call takes, per client and endpoint template (never the URL itself, which
/// carries cart ids and order keys). Exported by the host's OpenTelemetry when it adds <see cref="MeterName"/>.
/// </summary>
public static class VdmMetrics
{
    public const string MeterName = "Checkout.VoordeMensen";

    /// <summary>Seconds per attempt; tags client, http.request.method, url.template, http.response.status_code or error.type.</summary>
    public const string RequestDuration = "checkout.vdm.request.duration";

    /// <summary>What a log, span or metric may say about a VdM request's path when no template is known.</summary>
    public const string UnknownTemplate = "(unknown)";

    private static readonly Meter Meter = new(MeterName);

    private static readonly Histogram<double> Duration = Meter.CreateHistogram<double>(
        RequestDuration, unit: "s", description: "Duration of VdM API calls per endpoint template");

    private static readonly HttpRequestOptionsKey<string> TemplateKey = new(HttpRequestMessageOptions.RelativePathTemplate);

    /// <summary>The endpoint template of a request the library sent (e.g. <c>/v1/{client}/cart/{cartId}</c>).</summary>
    public static string PathTemplateOf(HttpRequestMessage request) =>
        request.Options.TryGetValue(TemplateKey, out var template) ? template : UnknownTemplate;

    internal static void Record(string clientKey, string method, string template, TimeSpan elapsed, int? statusCode, string? error)
    {
        var tags = new TagList
        {
            { "client", clientKey },
            { "http.request.method", method },
            { "url.template", template },
        };
        if (statusCode is { } status)
        {
            tags.Add("http.response.status_code", status);
        }

        if (error is not null)
        {
            tags.Add("error.type", error);
        }

        Duration.Record(elapsed.TotalSeconds, tags);
    }
}
