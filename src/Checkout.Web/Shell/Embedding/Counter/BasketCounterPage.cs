using System.Globalization;
using System.Text.Encodings.Web;
using Checkout.Web.Shell.Embedding.Analytics;

namespace Checkout.Web.Shell.Embedding.Counter;

/// <summary>
/// The markup of the basket counter frame: nothing to see, only the markers <c>js/embed-bridge.js</c> posts to the
/// venue page (the count, then the waiting events) and the client's venue origins it may post to.
/// </summary>
internal static class BasketCounterPage
{
    public static string Html(int count, IReadOnlyList<VenueEvent> events, IReadOnlyCollection<string> origins, string title, PathString pathBase)
    {
        var html = HtmlEncoder.Default;
        var markers = string.Concat(events.Select(e =>
            $"""<span hidden data-checkout-venue-event="{html.Encode(VenueEventJson.Serialize(e))}"></span>"""));
        var originsMeta = origins.Count == 0 ? "" : $"""<meta name="checkout-embed-origins" content="{html.Encode(string.Join(' ', origins))}" />""";
        return $"""
            <!DOCTYPE html>
            <html lang="{CultureInfo.CurrentUICulture.TwoLetterISOLanguageName}">
            <head>
            <meta charset="utf-8" />
            <title>{html.Encode(title)}</title>
            {originsMeta}
            </head>
            <body>
            <span hidden data-checkout-basket-count="{count.ToString(CultureInfo.InvariantCulture)}"></span>{markers}
            <script src="{html.Encode(pathBase + "/js/embed-bridge.js")}"></script>
            </body>
            </html>
            """;
    }
}
