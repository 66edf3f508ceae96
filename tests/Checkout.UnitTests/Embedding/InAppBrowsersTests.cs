using Checkout.Web.Shell.Embedding.InAppBrowsers;

namespace Checkout.UnitTests.Embedding;

/// <summary>The built-in browsers that break payments, recognised from real User-Agent strings, and nothing else.</summary>
public sealed class InAppBrowsersTests
{
    public static TheoryData<string, InAppBrowser> InApp => new()
    {
        {
            "Mozilla/5.0 (iPhone; CPU iPhone OS 17_5 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Mobile/15E148 Instagram 334.0.4.32.98 (iPhone15,2; iOS 17_5; nl_NL; nl; scale=3.00; 1179x2556; 606286178)",
            InAppBrowser.Instagram
        },
        {
            "Mozilla/5.0 (Linux; Android 14; SM-S911B Build/UP1A.231005.007; wv) AppleWebKit/537.36 (KHTML, like Gecko) Version/4.0 Chrome/124.0.6367.82 Mobile Safari/537.36 Instagram 330.0.0.40.92 Android (34/14; 480dpi; 1080x2340; samsung; SM-S911B; dm1q; qcom; nl_NL; 598808555)",
            InAppBrowser.Instagram
        },
        {
            "Mozilla/5.0 (iPhone; CPU iPhone OS 16_6 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Mobile/15E148 [FBAN/FBIOS;FBDV/iPhone13,2;FBMD/iPhone;FBSN/iOS;FBSV/16.6;FBSS/3;FBID/phone;FBLC/nl_NL;FBOP/5;FBRV/0]",
            InAppBrowser.Facebook
        },
        {
            "Mozilla/5.0 (Linux; Android 12; Pixel 6 Build/SD1A.210817.036; wv) AppleWebKit/537.36 (KHTML, like Gecko) Version/4.0 Chrome/94.0.4606.71 Mobile Safari/537.36 [FB_IAB/FB4A;FBAV/338.0.0.40.118;]",
            InAppBrowser.Facebook
        },
        {
            "Mozilla/5.0 (iPhone; CPU iPhone OS 17_1 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Mobile/15E148 [FBAN/MessengerForiOS;FBAV/440.0.0.36.105;FBBV/543210987;FBDV/iPhone14,5;FBMD/iPhone;FBSN/iOS;FBSV/17.1;FBSS/3;FBCR/;FBID/phone;FBLC/nl_NL;FBOP/5]",
            InAppBrowser.Messenger
        },
        {
            "Mozilla/5.0 (Linux; Android 13; M2101K6G Build/TKQ1.221013.002; wv) AppleWebKit/537.36 (KHTML, like Gecko) Version/4.0 Chrome/120.0.6099.144 Mobile Safari/537.36 [FB_IAB/Orca-Android;FBAV/439.0.0.29.119;]",
            InAppBrowser.Messenger
        },
        {
            "Mozilla/5.0 (iPhone; CPU iPhone OS 17_4 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Mobile/15E148 musical_ly_34.1.0 JsSdk/2.0 NetType/WIFI Channel/App Store ByteLocale/nl Region/NL isDarkMode/0 WKWebView/1 RevealType/Dialog BytedanceWebview/d8a21c6",
            InAppBrowser.TikTok
        },
        {
            "Mozilla/5.0 (Linux; Android 13; SM-A536B Build/TP1A.220624.014; wv) AppleWebKit/537.36 (KHTML, like Gecko) Version/4.0 Chrome/119.0.6045.193 Mobile Safari/537.36 trill_320403 JsSdk/1.0 NetType/WIFI Channel/googleplay AppName/trill app_version/32.4.3 ByteLocale/nl ByteFullLocale/nl Region/NL BytedanceWebview/d8a21c6",
            InAppBrowser.TikTok
        },
        {
            "Mozilla/5.0 (iPhone; CPU iPhone OS 17_2 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Mobile/15E148 Snapchat/12.64.0.36 (like Safari/8617.2.4.10.8, panda)",
            InAppBrowser.Snapchat
        },
        {
            "Mozilla/5.0 (iPhone; CPU iPhone OS 17_0 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Mobile/15E148 [LinkedInApp]/9.29.6320",
            InAppBrowser.LinkedIn
        },
    };

    public static TheoryData<string> Browsers => new()
    {
        "",
        "Mozilla/5.0 (iPhone; CPU iPhone OS 17_5 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.5 Mobile/15E148 Safari/604.1",
        "Mozilla/5.0 (Linux; Android 10; K) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/124.0.0.0 Mobile Safari/537.36",
        "Mozilla/5.0 (Linux; Android 14; SM-S911B) AppleWebKit/537.36 (KHTML, like Gecko) SamsungBrowser/24.0 Chrome/117.0.0.0 Mobile Safari/537.36",
        "Mozilla/5.0 (iPhone; CPU iPhone OS 17_5 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) CriOS/124.0.6367.88 Mobile/15E148 Safari/604.1",
        "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/124.0.0.0 Safari/537.36",
        "Mozilla/5.0 (Macintosh; Intel Mac OS X 14.4; rv:125.0) Gecko/20100101 Firefox/125.0",
        // A plain Android WebView (a mail or news app): it hands payment links on, so it is not flagged.
        "Mozilla/5.0 (Linux; Android 13; Pixel 7 Build/TQ3A.230805.001; wv) AppleWebKit/537.36 (KHTML, like Gecko) Version/4.0 Chrome/116.0.0.0 Mobile Safari/537.36",
    };

    [Theory]
    [MemberData(nameof(InApp))]
    public void A_social_apps_built_in_browser_is_recognised(string userAgent, InAppBrowser expected) =>
        Assert.Equal(expected, InAppBrowsers.Detect(userAgent));

    [Theory]
    [MemberData(nameof(Browsers))]
    public void Real_browsers_are_left_alone(string userAgent) => Assert.Null(InAppBrowsers.Detect(userAgent));

    [Fact]
    public void No_user_agent_is_no_app() => Assert.Null(InAppBrowsers.Detect(null));

    [Theory]
    [InlineData("Mozilla/5.0 (iPhone; CPU iPhone OS 17_5 like Mac OS X) … Instagram 334.0", DevicePlatform.Ios)]
    [InlineData("Mozilla/5.0 (iPad; CPU OS 17_5 like Mac OS X) … [FBAN/FBIOS;…]", DevicePlatform.Ios)]
    [InlineData("Mozilla/5.0 (Linux; Android 14; SM-S911B Build/UP1A; wv) … Instagram 330.0 Android", DevicePlatform.Android)]
    [InlineData("Mozilla/5.0 (Windows NT 10.0; Win64; x64) Chrome/124.0", DevicePlatform.Other)]
    [InlineData(null, DevicePlatform.Other)]
    public void The_platform_decides_which_open_in_browser_link_exists(string? userAgent, DevicePlatform expected) =>
        Assert.Equal(expected, InAppBrowsers.PlatformOf(userAgent));

    [Fact]
    public void Ios_opens_safari_and_android_the_default_browser_at_the_same_address()
    {
        var link = new Uri("https://tickets.venue.nl/fringe/continue/abc_DEF-123?x=1");

        Assert.Equal("x-safari-https://tickets.venue.nl/fringe/continue/abc_DEF-123?x=1", OpenInBrowserLink.For(link, DevicePlatform.Ios));
        Assert.Equal(
            "intent://tickets.venue.nl/fringe/continue/abc_DEF-123?x=1#Intent;scheme=https;action=android.intent.action.VIEW;end",
            OpenInBrowserLink.For(link, DevicePlatform.Android));
        Assert.Null(OpenInBrowserLink.For(link, DevicePlatform.Other));
    }
}
