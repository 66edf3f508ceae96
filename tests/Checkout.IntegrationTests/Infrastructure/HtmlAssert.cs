using System.Text.RegularExpressions;

namespace Checkout.IntegrationTests.Infrastructure;

internal static partial class HtmlAssert
{
    /// <summary>The text of the first element carrying the given data-testid (no nested tags expected).</summary>
    public static string TestIdText(string html, string testId)
    {
        var match = Regex.Match(html, $"data-testid=\"{Regex.Escape(testId)}\"[^>]*>([^<]*)<");
        Assert.True(match.Success, $"No element with data-testid=\"{testId}\" in the page.");
        return System.Net.WebUtility.HtmlDecode(match.Groups[1].Value).Trim();
    }

    public static string HtmlLang(string html) => HtmlLangPattern().Match(html).Groups[1].Value;

    public static string H1(string html) =>
        System.Net.WebUtility.HtmlDecode(H1Pattern().Match(html).Groups[1].Value).Trim();

    [GeneratedRegex("<html lang=\"([^\"]*)\"")]
    private static partial Regex HtmlLangPattern();

    [GeneratedRegex("<h1[^>]*>([^<]*)<")]
    private static partial Regex H1Pattern();
}
