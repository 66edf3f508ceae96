using System.Text.RegularExpressions;

namespace Checkout.Web.Shell.Embedding.InAppBrowsers;

/// <summary>
/// Recognises the built-in browsers of social apps by the marks their apps add to the User-Agent (Instagram
/// "Instagram 302.0…", Facebook "[FBAN/FBIOS" or "[FB_IAB/FB4A", Messenger "FBAN/MessengerForiOS" or "FB_IAB/Orca-Android",
/// TikTok "musical_ly_…", "trill_…" or "BytedanceWebview", Snapchat "Snapchat/…", LinkedIn "LinkedInApp"). A plain
/// Android WebView ("; wv)") is not flagged: mail and news apps use it too, and they hand payment links on fine.
/// </summary>
public static partial class InAppBrowsers
{
    public static InAppBrowser? Detect(string? userAgent)
    {
        if (string.IsNullOrEmpty(userAgent))
        {
            return null;
        }

        if (Instagram().IsMatch(userAgent))
        {
            return InAppBrowser.Instagram;
        }

        if (Messenger().IsMatch(userAgent))
        {
            return InAppBrowser.Messenger;
        }

        if (Facebook().IsMatch(userAgent))
        {
            return InAppBrowser.Facebook;
        }

        if (TikTok().IsMatch(userAgent))
        {
            return InAppBrowser.TikTok;
        }

        if (Snapchat().IsMatch(userAgent))
        {
            return InAppBrowser.Snapchat;
        }

        return LinkedIn().IsMatch(userAgent) ? InAppBrowser.LinkedIn : null;
    }

    public static DevicePlatform PlatformOf(string? userAgent) => userAgent switch
    {
        null or "" => DevicePlatform.Other,
        _ when Ios().IsMatch(userAgent) => DevicePlatform.Ios,
        _ when userAgent.Contains("Android", StringComparison.Ordinal) => DevicePlatform.Android,
        _ => DevicePlatform.Other,
    };

    /// <summary>The app's name as the visitor knows it: the enum names are the brands, the same in every language.</summary>
    public static string NameOf(InAppBrowser app) => app.ToString();

    [GeneratedRegex(@"\bInstagram\b")]
    private static partial Regex Instagram();

    [GeneratedRegex(@"FBAN/Messenger|FB_IAB/(?:Orca-Android|MESSENGER)|\bMessengerForiOS\b")]
    private static partial Regex Messenger();

    [GeneratedRegex(@"\[FB(?:AN|_IAB)/|\bFBAV/|\bFBIOS\b|\bFB4A\b")]
    private static partial Regex Facebook();

    [GeneratedRegex(@"\bmusical_ly_|\btrill_\d|\bBytedanceWebview\b|\bTikTok\b|\bByteLocale/")]
    private static partial Regex TikTok();

    [GeneratedRegex(@"\bSnapchat/")]
    private static partial Regex Snapchat();

    [GeneratedRegex(@"\bLinkedInApp\b")]
    private static partial Regex LinkedIn();

    [GeneratedRegex(@"\b(?:iPhone|iPad|iPod)\b")]
    private static partial Regex Ios();
}
