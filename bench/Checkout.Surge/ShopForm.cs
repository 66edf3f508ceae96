using System.Net;
using System.Text.RegularExpressions;

namespace Checkout.Surge;

/// <summary>The add-to-cart form of an event page as a browser without JavaScript would post it.</summary>
public static partial class ShopForm
{
    /// <summary>The form's fields (antiforgery token, handler, ticket types) with the first quantity set; null without a form.</summary>
    public static List<KeyValuePair<string, string>>? AddToCart(string html, int quantity)
    {
        var start = html.IndexOf("<form method=\"post\" class=\"add-to-cart\"", StringComparison.Ordinal);
        if (start < 0)
        {
            return null;
        }

        var end = html.IndexOf("</form>", start, StringComparison.Ordinal);
        var fields = InputTag().Matches(html[start..(end < 0 ? html.Length : end)])
            .Select(tag => Attributes(tag.Value))
            .Where(a => a.ContainsKey("name"))
            .Select(a => new KeyValuePair<string, string>(a["name"], a.GetValueOrDefault("value", "")))
            .ToList();
        var first = fields.FindIndex(f => f.Key.EndsWith(".Quantity", StringComparison.Ordinal));
        if (first < 0)
        {
            return null;
        }

        fields[first] = new(fields[first].Key, quantity.ToString(System.Globalization.CultureInfo.InvariantCulture));
        return fields;
    }

    private static Dictionary<string, string> Attributes(string tag) =>
        AttributePair().Matches(tag).ToDictionary(m => m.Groups[1].Value, m => WebUtility.HtmlDecode(m.Groups[2].Value), StringComparer.Ordinal);

    [GeneratedRegex("<input\\b[^>]*>", RegexOptions.IgnoreCase)]
    private static partial Regex InputTag();

    [GeneratedRegex("([\\w:.\\[\\]-]+)=\"([^\"]*)\"")]
    private static partial Regex AttributePair();
}
