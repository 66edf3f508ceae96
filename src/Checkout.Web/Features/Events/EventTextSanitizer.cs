using Ganss.Xss;
using Microsoft.Extensions.Caching.Memory;

namespace Checkout.Web.Features.Events;

/// <summary>
/// Event and production texts come from VdM as HTML typed by venue staff (or plain text). Formatting survives;
/// scripts, event handlers, styles, frames and unsafe URLs do not. Plain text becomes paragraphs.
/// Sanitizing parses the HTML, which costs far more than rendering the rest of the programme page, so each text's result
/// is kept while it is in use (texts come from VdM's cached programme, never from visitors).
/// </summary>
public sealed class EventTextSanitizer
{
    private static readonly string[] AllowedTags =
    [
        "p", "br", "strong", "b", "em", "i", "u", "s", "small", "sup", "sub", "span",
        "ul", "ol", "li", "a", "h3", "h4", "h5", "blockquote", "hr",
    ];

    private static readonly TimeSpan KeepUnused = TimeSpan.FromMinutes(10);

    private readonly HtmlSanitizer sanitizer;
    private readonly IMemoryCache sanitized;

    public EventTextSanitizer(IMemoryCache sanitized)
    {
        this.sanitized = sanitized;
        sanitizer = new HtmlSanitizer(new HtmlSanitizerOptions
        {
            AllowedTags = new HashSet<string>(AllowedTags, StringComparer.OrdinalIgnoreCase),
            AllowedAttributes = new HashSet<string>(["href", "title", "lang"], StringComparer.OrdinalIgnoreCase),
            AllowedSchemes = new HashSet<string>(["https", "http", "mailto"], StringComparer.OrdinalIgnoreCase),
            UriAttributes = new HashSet<string>(["href"], StringComparer.OrdinalIgnoreCase),
            AllowedCssProperties = new HashSet<string>(StringComparer.OrdinalIgnoreCase),
        });
        // Links in venue texts leave the shop: never give the new page a handle on this one.
        sanitizer.PostProcessNode += (_, e) =>
        {
            if (e.Node is AngleSharp.Dom.IElement { TagName: "A" } link)
            {
                link.SetAttribute("rel", "noopener noreferrer");
            }
        };
    }

    public string Sanitize(string? text)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return "";
        }

        return sanitized.GetOrCreate((typeof(EventTextSanitizer), text), entry =>
        {
            entry.SlidingExpiration = KeepUnused;
            var html = text.Contains('<', StringComparison.Ordinal) ? text : PlainTextAsParagraphs(text);
            return sanitizer.Sanitize(html).Trim();
        })!;
    }

    private static string PlainTextAsParagraphs(string text) =>
        string.Concat(text.Split(["\r\n\r\n", "\n\n"], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            .Select(p => $"<p>{System.Net.WebUtility.HtmlEncode(p).Replace("\n", "<br>", StringComparison.Ordinal)}</p>"));
}
