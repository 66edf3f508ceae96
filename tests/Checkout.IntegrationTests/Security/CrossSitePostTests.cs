using System.Net;
using Checkout.IntegrationTests.Infrastructure;
using Checkout.Sandbox;
using Microsoft.Extensions.DependencyInjection;

namespace Checkout.IntegrationTests.Security;

/// <summary>
/// The add-to-cart form carries no antiforgery token (its page is cached for everyone); a post is accepted only when the
/// browser says it comes from the shop's own origin (docs/security.md). These tests perform the attack: a page elsewhere
/// submits the form in the name of a visitor who has a cart, and nothing may reach VdM.
/// </summary>
public sealed class CrossSitePostTests(CheckoutWebFactory factory) : IClassFixture<CheckoutWebFactory>
{
    private static readonly string EventPage = $"/event/{SandboxDemoIds.MultiPerformanceFirst}";

    [Theory]
    [InlineData("https://evil.example", "cross-site")]
    [InlineData("https://evil.example", null)]
    [InlineData("null", "cross-site")]
    [InlineData(null, "cross-site")]
    [InlineData(null, null)]
    [InlineData("{shop}", "same-site")]
    [InlineData("{shop}", "cross-site")]
    [InlineData("{shop-other-port}", null)]
    [InlineData("{shop-https}", null)]
    [InlineData("{shop}/event", null)]
    public async Task A_post_not_from_the_shops_own_origin_is_refused_and_adds_nothing(string? origin, string? fetchSite)
    {
        using var browser = new ShopBrowser(factory);
        await browser.GetAsync("/cart"); // the victim: a visitor with cookies
        var page = await browser.FormPageAsync(EventPage);
        var stats = factory.Services.GetRequiredService<SandboxRequestStats>();
        var before = stats.Count(SandboxDemoIds.DemoClient, "cart.add");

        using var attack = FormPost(page, Resolve(origin, browser.Http.BaseAddress!), fetchSite, framed: false);
        // Straight through the browser's connection: ShopBrowser would name the shop's origin on a post that names none.
        using var response = await browser.Http.SendAsync(attack, TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        Assert.False(response.Headers.Contains("Set-Cookie"));
        Assert.Equal(before, stats.Count(SandboxDemoIds.DemoClient, "cart.add"));
    }

    [Theory]
    [InlineData("same-origin")]
    [InlineData(null)] // a browser without Fetch Metadata still names the origin
    public async Task A_same_origin_post_without_javascript_adds_the_tickets(string? fetchSite)
    {
        using var browser = new ShopBrowser(factory);
        var page = await browser.FormPageAsync(EventPage);

        using var post = FormPost(page, browser.Http.BaseAddress!.GetLeftPart(UriPartial.Authority), fetchSite, framed: false);
        var (response, _) = await browser.SendAsync(post);

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal("/cart", response.Headers.Location!.AbsolutePath);
        // The cart starts here: this is where a new visitor gets the cookie.
        Assert.Contains(response.Headers.GetValues("Set-Cookie"), c => c.StartsWith("checkout.visitor.default=", StringComparison.Ordinal));
    }

    [Fact]
    public async Task The_form_inside_a_venues_frame_posts_to_its_own_origin_and_gets_a_partitioned_cookie()
    {
        using var browser = new ShopBrowser(factory);
        var page = await browser.FormPageAsync(EventPage);

        using var post = FormPost(page, browser.Http.BaseAddress!.GetLeftPart(UriPartial.Authority), "same-origin", framed: true);
        var (response, _) = await browser.SendAsync(post);

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var visitor = response.Headers.GetValues("Set-Cookie").Single(c => c.StartsWith("checkout.visitor.default=", StringComparison.Ordinal));
        Assert.Contains("; partitioned", visitor, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("samesite=none", visitor, StringComparison.OrdinalIgnoreCase);
    }

    private static string? Resolve(string? origin, Uri shop)
    {
        var own = shop.GetLeftPart(UriPartial.Authority);
        return origin?
            .Replace("{shop-other-port}", $"{shop.Scheme}://{shop.Host}:{shop.Port + 1}", StringComparison.Ordinal)
            .Replace("{shop-https}", $"https://{shop.Host}:{shop.Port}", StringComparison.Ordinal)
            .Replace("{shop}", own, StringComparison.Ordinal);
    }

    /// <summary>The event page's form as rendered, one ticket typed in, with the headers a browser would send.</summary>
    private static HttpRequestMessage FormPost(AngleSharp.Dom.IDocument page, string? origin, string? fetchSite, bool framed)
    {
        var fields = page.QuerySelector("form[method=post]")!.QuerySelectorAll("input[name]")
            .Select(i => new KeyValuePair<string, string>(i.GetAttribute("name")!, i.GetAttribute("value") ?? ""))
            .ToList();
        ShopBrowser.FirstQuantity("1")(fields);
        var request = new HttpRequestMessage(HttpMethod.Post, EventPage) { Content = new FormUrlEncodedContent(fields) };
        if (origin is not null)
        {
            request.Headers.Add("Origin", origin);
        }

        if (fetchSite is not null)
        {
            request.Headers.Add("Sec-Fetch-Site", fetchSite);
            request.Headers.Add("Sec-Fetch-Mode", "navigate");
            request.Headers.Add("Sec-Fetch-Dest", framed ? "iframe" : "document");
        }

        return request;
    }
}
