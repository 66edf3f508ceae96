using Serilog.Formatting;
using Serilog.Formatting.Compact;

namespace Checkout.Web.Hosting.Observability;

/// <summary>
/// The console log format (<c>Logging:Format</c>): <c>text</c> (default) for people, <c>json</c> (Serilog's compact
/// JSON, one event per line with its properties) for a log collector.
/// </summary>
internal static class LogFormat
{
    public const string Setting = "Logging:Format";

    /// <summary>The JSON formatter, or null for the plain text format; an unknown value stops start-up naming the key.</summary>
    public static ITextFormatter? For(IConfiguration configuration) => configuration[Setting]?.Trim().ToLowerInvariant() switch
    {
        null or "" or "text" => null,
        "json" => new RenderedCompactJsonFormatter(),
        var other => throw new InvalidOperationException($"{Setting} must be 'text' or 'json' (got '{other}')."),
    };
}
