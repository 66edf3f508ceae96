using Bunit;
using Checkout.ComponentTests.Infrastructure;
using Checkout.Web.Shell.Embedding.InAppBrowsers;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;

namespace Checkout.ComponentTests.Embedding;

/// <summary>The checkout's notice in a social app's built-in browser, and its one-time link.</summary>
public sealed class InAppBrowserNoticeTests : CheckoutTestContext
{
    private const string Instagram =
        "Mozilla/5.0 (iPhone; CPU iPhone OS 17_5 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Mobile/15E148 Instagram 334.0.4.32.98 (iPhone15,2; iOS 17_5; nl_NL; nl; scale=3.00; 1179x2556; 606286178)";

    private const string TikTok =
        "Mozilla/5.0 (Linux; Android 13; SM-A536B Build/TP1A.220624.014; wv) AppleWebKit/537.36 (KHTML, like Gecko) Version/4.0 Chrome/119.0.6045.193 Mobile Safari/537.36 trill_320403 JsSdk/1.0 NetType/WIFI Channel/googleplay AppName/trill app_version/32.4.3 ByteLocale/nl BytedanceWebview/d8a21c6";

    private const string Chrome =
        "Mozilla/5.0 (Linux; Android 10; K) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/124.0.0.0 Mobile Safari/537.36";

    private static CancellationToken Cancel => Xunit.TestContext.Current.CancellationToken;

    [Theory]
    [InlineData(Instagram, "instagram", "Instagram")]
    [InlineData(TikTok, "tiktok", "TikTok")]
    public void A_social_apps_browser_is_told_to_continue_in_its_own(string userAgent, string app, string name)
    {
        var notice = RenderFor(userAgent).Find("[data-testid=in-app-browser]");

        Assert.Equal(app, notice.GetAttribute("data-app"));
        Assert.Contains($"de ingebouwde browser van {name}", notice.TextContent, StringComparison.Ordinal);
        Assert.Contains("Verder in mijn eigen browser", notice.QuerySelector("[data-testid=in-app-open]")!.TextContent, StringComparison.Ordinal);
        Assert.Equal("post", notice.QuerySelector("form")!.GetAttribute("method"));
    }

    [Fact]
    public void A_real_browser_sees_nothing()
    {
        Assert.Empty(RenderFor(Chrome).FindAll("[data-testid=in-app-browser]"));
    }

    [Fact]
    public async Task The_post_answers_with_a_live_one_time_link_for_the_whole_window_that_names_no_cart()
    {
        var notice = RenderFor(Instagram);

        notice.Find("form").Submit();

        var link = notice.WaitForElement("[data-testid=in-app-link]");
        var address = link.GetAttribute("href")!;
        Assert.Matches("^http://localhost/continue\\?token=[A-Za-z0-9_-]{43}$", address);
        Assert.Equal("_top", link.GetAttribute("target"));
        Assert.Equal(address, notice.Find("[data-navigate-top]").GetAttribute("data-navigate-top"));
        var handoffs = Services.GetRequiredService<CartHandoffs>();
        Assert.True(await handoffs.IsLiveAsync(address[(address.LastIndexOf('=') + 1)..], Cancel));
        Assert.Empty(notice.FindAll("[data-testid=in-app-problem]"));
    }

    [Fact]
    public void Making_links_over_and_over_is_limited()
    {
        for (var i = 0; i < 5; i++)
        {
            var notice = RenderFor(Instagram);
            notice.Find("form").Submit();
            Assert.Empty(notice.FindAll("[data-testid=in-app-problem]"));
        }

        var limited = RenderFor(Instagram);
        limited.Find("form").Submit();

        Assert.Contains("te veel links", limited.WaitForElement("[data-testid=in-app-problem]").TextContent, StringComparison.Ordinal);
    }

    private IRenderedComponent<InAppBrowserNotice> RenderFor(string userAgent)
    {
        var http = new DefaultHttpContext();
        http.Request.Headers.UserAgent = userAgent;
        return Render<InAppBrowserNotice>(p => p.AddCascadingValue(http));
    }
}
