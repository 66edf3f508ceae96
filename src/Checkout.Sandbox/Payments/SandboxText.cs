using System.Globalization;
using System.Resources;
using Microsoft.AspNetCore.Http;

namespace Checkout.Sandbox.Payments;

/// <summary>Texts of the sandbox's own pages (SandboxText.resx: Dutch, SandboxText.en.resx: English).</summary>
internal sealed class SandboxText(CultureInfo culture)
{
    private static readonly ResourceManager Resources = new(typeof(SandboxText).FullName!, typeof(SandboxText).Assembly);
    private static readonly CultureInfo Dutch = CultureInfo.GetCultureInfo("nl");
    private static readonly CultureInfo English = CultureInfo.GetCultureInfo("en");

    public string this[string key] => Resources.GetString(key, culture) ?? key;

    public string Format(string key, object argument) => string.Format(culture, this[key], argument);

    public string Money(decimal amount) => amount.ToString("C", culture.Name == "en" ? CultureInfo.GetCultureInfo("en-IE") : CultureInfo.GetCultureInfo("nl-NL"));

    public string DateTime(DateTime local) => local.ToString("f", culture.Name == "en" ? CultureInfo.GetCultureInfo("en-GB") : CultureInfo.GetCultureInfo("nl-NL"));

    /// <summary>?culture= wins, then the browser's Accept-Language; Dutch when neither says nl or en.</summary>
    public static SandboxText For(HttpRequest request)
    {
        if (Pick(request.Query["culture"].ToString()) is { } chosen)
        {
            return new SandboxText(chosen);
        }
        var accepted = request.GetTypedHeaders().AcceptLanguage
            .OrderByDescending(l => l.Quality ?? 1)
            .Select(l => Pick(l.Value.Value))
            .FirstOrDefault(c => c is not null);
        return new SandboxText(accepted ?? Dutch);
    }

    private static CultureInfo? Pick(string? language) =>
        language?.ToLowerInvariant() switch
        {
            null or "" => null,
            var l when l.StartsWith("nl", StringComparison.Ordinal) => Dutch,
            var l when l.StartsWith("en", StringComparison.Ordinal) => English,
            _ => null,
        };
}
