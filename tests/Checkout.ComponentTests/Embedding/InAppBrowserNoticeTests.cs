using Bunit;
using Checkout.ComponentTests.Infrastructure;
using Checkout.Web.Shell.Embedding.InAppBrowsers;
using Microsoft.Extensions.DependencyInjection;

namespace Checkout.ComponentTests.Embedding;

/// <summary>The checkout's notice in a social app's built-in browser, and its one-time link.</summary>
public sealed class InAppBrowserNoticeTests : CheckoutTestContext
{
    private const string Module = "./js/in-app-browser.js";

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
        SetUp(userAgent);

        var notice = Render<InAppBrowserNotice>().WaitForElement("[data-testid=in-app-browser]");

        Assert.Equal(app, notice.GetAttribute("data-app"));
        Assert.Contains($"de ingebouwde browser van {name}", notice.TextContent, StringComparison.Ordinal);
        Assert.Contains("Verder in mijn eigen browser", notice.QuerySelector("[data-testid=in-app-open]")!.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public void A_real_browser_sees_nothing()
    {
        SetUp(Chrome);

        var notice = Render<InAppBrowserNotice>();

        notice.WaitForAssertion(() => Assert.Single(JSInterop.Invocations, i => i.Identifier == "userAgent"));
        Assert.Empty(notice.FindAll("[data-testid=in-app-browser]"));
    }

    [Fact]
    public async Task The_button_sends_the_window_to_a_live_one_time_link_that_names_no_cart()
    {
        var module = SetUp(Instagram);
        var notice = Render<InAppBrowserNotice>();

        notice.WaitForElement("[data-testid=in-app-open]").Click();

        notice.WaitForAssertion(() => Assert.Single(module.Invocations, i => i.Identifier == "navigateTop"));
        var address = Assert.IsType<string>(module.Invocations.Single(i => i.Identifier == "navigateTop").Arguments[0]);
        Assert.Matches("^http://localhost/continue\\?token=[A-Za-z0-9_-]{43}$", address);
        var handoffs = Services.GetRequiredService<CartHandoffs>();
        Assert.True(await handoffs.IsLiveAsync(address[(address.LastIndexOf('=') + 1)..], Cancel));
        Assert.Empty(notice.FindAll("[data-testid=in-app-problem]"));
    }

    [Fact]
    public void When_the_browser_blocks_the_window_the_link_is_shown()
    {
        SetUp(Instagram, navigates: false);
        var notice = Render<InAppBrowserNotice>();

        notice.WaitForElement("[data-testid=in-app-open]").Click();

        var link = notice.WaitForElement("[data-testid=in-app-link]");
        Assert.Matches("^http://localhost/continue\\?token=[A-Za-z0-9_-]{43}$", link.GetAttribute("href"));
        Assert.Equal("_top", link.GetAttribute("target"));
    }

    [Fact]
    public void Making_links_over_and_over_is_limited()
    {
        SetUp(Instagram);
        var notice = Render<InAppBrowserNotice>();

        for (var i = 0; i < 5; i++)
        {
            notice.WaitForElement("[data-testid=in-app-open]").Click();
            Assert.Empty(notice.FindAll("[data-testid=in-app-problem]"));
        }

        notice.Find("[data-testid=in-app-open]").Click();

        Assert.Contains("te veel links", notice.WaitForElement("[data-testid=in-app-problem]").TextContent, StringComparison.Ordinal);
    }

    private BunitJSModuleInterop SetUp(string userAgent, bool navigates = true)
    {
        var module = JSInterop.SetupModule(Module);
        module.Setup<string?>("userAgent").SetResult(userAgent);
        module.Setup<bool>("navigateTop", _ => true).SetResult(navigates);
        return module;
    }
}
