using System.Net;
using System.Security.Cryptography;
using System.Text;
using System.Text.RegularExpressions;
using Checkout.IntegrationTests.Infrastructure;
using Checkout.Sandbox;

namespace Checkout.IntegrationTests.Events;

/// <summary>
/// The programme and the event pages come from the output cache (issue 18): the same bytes for every visitor, no
/// cookie, a CSP without a nonce, varied by client, culture and query, and never an error, a redirect or a post's
/// answer. <c>Age</c> on a response says it came from the cache.
/// </summary>
public sealed partial class CachedPageTests(CheckoutWebFactory factory) : IClassFixture<CheckoutWebFactory>
{
    private static readonly string EventPage = $"/event/{SandboxDemoIds.MultiPerformanceFirst}";

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Theory]
    [InlineData("/")]
    [InlineData("/fringe/")]
    [InlineData("/event/1001")]
    [InlineData("/?q=hamlet")]
    public async Task Every_visitor_gets_the_same_bytes_and_no_cookie(string path)
    {
        // A visitor with a cart session (its cookies from the cart page), one with a forged cookie, one with none.
        using var cart = await SendAsync(HttpMethod.Get, "/cart");
        var known = string.Join("; ", SetCookies(cart).Select(c => c.Split(';')[0]));
        Assert.Contains("checkout.visitor.", known, StringComparison.Ordinal);

        using var first = await SendAsync(HttpMethod.Get, path, cookies: known);
        using var second = await SendAsync(HttpMethod.Get, path, cookies: "checkout.visitor.default=CfDJ8-forged; checkout.visitor.fringe=x");
        using var third = await SendAsync(HttpMethod.Get, path);

        var body = await first.Content.ReadAsStringAsync(Ct);
        Assert.Equal(HttpStatusCode.OK, first.StatusCode);
        Assert.Equal(body, await second.Content.ReadAsStringAsync(Ct));
        Assert.Equal(body, await third.Content.ReadAsStringAsync(Ct));
        Assert.All([first, second, third], r => Assert.Empty(SetCookies(r)));
        Assert.True(third.Headers.Age is not null, "The page was rendered again instead of served from the cache.");
    }

    [Theory]
    [InlineData("/")]
    [InlineData("/event/1001")]
    public async Task A_cached_page_has_no_nonce_token_or_protected_state_and_its_csp_admits_the_import_map_by_hash(string path)
    {
        using var response = await SendAsync(HttpMethod.Get, path);
        var html = await response.Content.ReadAsStringAsync(Ct);
        var csp = response.Headers.GetValues("Content-Security-Policy").Single();

        Assert.DoesNotContain("'nonce-", csp, StringComparison.Ordinal);
        Assert.DoesNotContain("nonce=", html, StringComparison.Ordinal);
        Assert.DoesNotContain("__RequestVerificationToken", html, StringComparison.Ordinal);
        Assert.DoesNotContain("<!--Blazor:{", html, StringComparison.Ordinal);
        var importMap = ImportMap().Match(html);
        Assert.True(importMap.Success, "The page has no import map.");
        var hash = Convert.ToBase64String(SHA256.HashData(Encoding.UTF8.GetBytes(importMap.Groups["json"].Value)));
        Assert.Contains($"script-src 'self' 'sha256-{hash}';", csp, StringComparison.Ordinal);
        Assert.Contains("frame-ancestors ", csp, StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_interactive_page_keeps_its_per_response_nonce()
    {
        using var first = await SendAsync(HttpMethod.Get, "/cart");
        using var second = await SendAsync(HttpMethod.Get, "/cart");

        var nonce = first.Headers.GetValues("Content-Security-Policy").Single();
        Assert.Contains("'nonce-", nonce, StringComparison.Ordinal);
        Assert.NotEqual(nonce, second.Headers.GetValues("Content-Security-Policy").Single());
    }

    [Fact]
    public async Task Cached_pages_vary_by_client_culture_and_query()
    {
        var dutch = await BodyAsync("/", language: "nl");
        var english = await BodyAsync("/", language: "en");
        var fringe = await BodyAsync("/fringe/", language: "nl");
        var filtered = await BodyAsync("/?q=hamlet", language: "nl");

        Assert.Contains("lang=\"nl\"", dutch, StringComparison.Ordinal);
        Assert.Contains("lang=\"en\"", english, StringComparison.Ordinal);
        Assert.Equal(4, new[] { dutch, english, fringe, filtered }.Distinct().Count());
        // Each variant is stable: asked again, each comes back the same.
        Assert.Equal(english, await BodyAsync("/", language: "en"));
        Assert.Equal(dutch, await BodyAsync("/", language: "nl"));
        Assert.Equal(filtered, await BodyAsync("/?q=hamlet", language: "nl"));
    }

    [Fact]
    public async Task Errors_posts_and_requests_with_foreign_parameters_are_never_served_from_the_cache()
    {
        using var missing = await SendAsync(HttpMethod.Get, "/event/999999");
        using var missingAgain = await SendAsync(HttpMethod.Get, "/event/999999");
        Assert.Equal(HttpStatusCode.NotFound, missingAgain.StatusCode);
        Assert.Null(missingAgain.Headers.Age);

        // A parameter the page does not read (a venue's prefill, an identity link) is handled for its visitor.
        using var foreign = await SendAsync(HttpMethod.Get, "/?utm_source=venue");
        using var foreignAgain = await SendAsync(HttpMethod.Get, "/?utm_source=venue");
        Assert.Null(foreignAgain.Headers.Age);
        Assert.Contains(SetCookies(foreignAgain), c => c.StartsWith("checkout.visitor.", StringComparison.Ordinal));

        var origin = factory.CreateClient().BaseAddress!.GetLeftPart(UriPartial.Authority);
        using var post = await SendAsync(HttpMethod.Post, EventPage, origin: origin,
            content: new FormUrlEncodedContent([new("_handler", "add-to-cart"), new("Form.Lines[0].DiscountId", "x"), new("Form.Lines[0].Quantity", "1")]));
        using var postAgain = await SendAsync(HttpMethod.Post, EventPage, origin: origin,
            content: new FormUrlEncodedContent([new("_handler", "add-to-cart"), new("Form.Lines[0].DiscountId", "x"), new("Form.Lines[0].Quantity", "1")]));
        Assert.Null(postAgain.Headers.Age);
        Assert.Contains(SetCookies(postAgain), c => c.StartsWith("checkout.visitor.", StringComparison.Ordinal));
    }

    [Fact]
    public async Task A_cached_page_is_rendered_again_once_its_duration_has_passed()
    {
        using var shortLived = new CheckoutWebFactory { Settings = new Dictionary<string, string?> { ["PageCache:Duration"] = "00:00:01" } };
        using var probe = shortLived.CreateClient();
        using var client = new HttpClient(new SocketsHttpHandler { UseCookies = false }) { BaseAddress = probe.BaseAddress };

        using var rendered = await client.GetAsync("/?q=hamlet", Ct);
        using var cached = await client.GetAsync("/?q=hamlet", Ct);
        await Task.Delay(TimeSpan.FromSeconds(2.5), Ct);
        using var again = await client.GetAsync("/?q=hamlet", Ct);

        Assert.Null(rendered.Headers.Age);
        Assert.NotNull(cached.Headers.Age);
        Assert.Null(again.Headers.Age);
    }

    [GeneratedRegex("""<script type="importmap"[^>]*>(?<json>.*?)</script>""", RegexOptions.Singleline)]
    private static partial Regex ImportMap();

    private async Task<string> BodyAsync(string path, string language)
    {
        using var response = await SendAsync(HttpMethod.Get, path, language: language);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return await response.Content.ReadAsStringAsync(Ct);
    }

    private async Task<HttpResponseMessage> SendAsync(
        HttpMethod method, string path, string? cookies = null, string? language = null, string? origin = null, HttpContent? content = null)
    {
        using var probe = factory.CreateClient();
        using var client = new HttpClient(new SocketsHttpHandler { UseCookies = false, AllowAutoRedirect = false }) { BaseAddress = probe.BaseAddress };
        using var request = new HttpRequestMessage(method, path) { Content = content };
        if (cookies is not null)
        {
            request.Headers.Add("Cookie", cookies);
        }

        if (language is not null)
        {
            request.Headers.Add("Accept-Language", language);
        }

        if (origin is not null)
        {
            request.Headers.Add("Origin", origin);
        }

        var response = await client.SendAsync(request, Ct);
        await response.Content.LoadIntoBufferAsync(Ct);
        return response;
    }

    private static List<string> SetCookies(HttpResponseMessage response) =>
        response.Headers.TryGetValues("Set-Cookie", out var values) ? [.. values] : [];
}
