using System.Net;
using AngleSharp.Html.Parser;
using Checkout.IntegrationTests.Infrastructure;
using Checkout.Sandbox;
using Microsoft.Net.Http.Headers;

namespace Checkout.IntegrationTests.Security;

/// <summary>
/// Issue 16.6: behind a TLS proxy the app sees plain http, and its cookies used to go out without <c>Secure</c>, so a
/// visitor's cart cookie could be read or planted over http. Every cookie the shop sets is Secure and named with the
/// prefix the browser enforces (<c>__Host-</c> on <c>/</c>, <c>__Secure-</c> under a client's path prefix); only plain
/// http on a loopback name (a developer's machine) keeps the plain names. HSTS in Production.
/// </summary>
public sealed class SecureCookieTests : IDisposable
{
    private const string PublicHost = "tickets.example.nl";

    /// <summary>Hamlet (<see cref="SandboxDemoIds.MultiPerformanceFirst"/>): a cached page with the order form, no cookies.</summary>
    private const string EventPage = "/event/1001";

    /// <summary>A page that needs a visitor: it issues the visitor and antiforgery cookies.</summary>
    private const string CartPage = "/cart";

    /// <summary>A TLS proxy on this machine, trusted by configuration, in front of the public host name.</summary>
    private readonly CheckoutWebFactory app = new()
    {
        Settings = new Dictionary<string, string?>
        {
            ["Checkout:Hosts:0"] = PublicHost,
            ["ForwardedHeaders:KnownProxies:0"] = "127.0.0.1",
        },
    };

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Theory]
    [InlineData(CartPage, "__Host-checkout.visitor.default", "/")]
    [InlineData("/fringe/cart", "__Secure-checkout.visitor.fringe", "/fringe")]
    [InlineData(CartPage, "__Host-.AspNetCore.Antiforgery.", "/")]
    [InlineData("/?culture=en", "__Host-.AspNetCore.Culture", "/")]
    public async Task Behind_a_TLS_proxy_every_cookie_is_secure_and_prefixed(string path, string name, string cookiePath)
    {
        using var response = await SendAsync(HttpMethod.Get, path, https: true);

        var cookie = Assert.Single(Cookies(response), c => c.Name.Value!.StartsWith(name, StringComparison.Ordinal));
        Assert.True(cookie.Secure, $"{cookie.Name} is not Secure.");
        Assert.True(cookie.HttpOnly);
        Assert.Equal(cookiePath, cookie.Path.Value);
        Assert.True(cookie.Domain.Value is null, "A prefixed cookie has no Domain.");
    }

    [Fact]
    public async Task A_proxy_that_says_nothing_still_gets_secure_cookies_on_a_public_host_name()
    {
        using var response = await SendAsync(HttpMethod.Get, CartPage, https: false);

        var cookies = Cookies(response);
        Assert.NotEmpty(cookies);
        Assert.All(cookies, c =>
        {
            Assert.True(c.Secure, $"{c.Name} is not Secure.");
            Assert.StartsWith("__Host-", c.Name.Value, StringComparison.Ordinal);
        });
    }

    [Fact]
    public async Task The_prefixed_cookies_carry_the_visitor_and_the_form_round_trip()
    {
        using var cart = await SendAsync(HttpMethod.Get, CartPage, https: true);
        var jar = string.Join("; ", Cookies(cart).Select(c => $"{c.Name}={c.Value}"));
        using var first = await SendAsync(HttpMethod.Get, EventPage, https: true, jar);
        var form = new HtmlParser().ParseDocument(await first.Content.ReadAsStringAsync(Ct)).QuerySelector("form[method=post]")!;
        var fields = form.QuerySelectorAll("input[name]")
            .Select(i => new KeyValuePair<string, string>(i.GetAttribute("name")!, i.GetAttribute("value") ?? ""))
            .ToList();
        var quantity = fields.FindIndex(f => f.Key.EndsWith(".Quantity", StringComparison.Ordinal));
        fields[quantity] = new(fields[quantity].Key, "1");

        using var again = await SendAsync(HttpMethod.Get, EventPage, https: true, jar);
        using var posted = await SendAsync(HttpMethod.Post, EventPage, https: true, jar, new FormUrlEncodedContent(fields), origin: $"https://{PublicHost}");

        Assert.Empty(Cookies(first));
        Assert.DoesNotContain(Cookies(again), c => c.Name.Value!.Contains("visitor", StringComparison.Ordinal));
        Assert.DoesNotContain(Cookies(posted), c => c.Name.Value!.Contains("visitor", StringComparison.Ordinal));
        Assert.Equal(HttpStatusCode.Redirect, posted.StatusCode);
    }

    [Fact]
    public async Task Https_responses_carry_hsts_in_production()
    {
        using var response = await SendAsync(HttpMethod.Get, "/", https: true);

        Assert.Equal("max-age=31536000", response.Headers.GetValues("Strict-Transport-Security").Single());
    }

    [Fact]
    public async Task Development_sends_no_hsts()
    {
        using var development = new CheckoutWebFactory
        {
            Environment = "Development",
            Settings = new Dictionary<string, string?> { ["ForwardedHeaders:KnownProxies:0"] = "127.0.0.1" },
        };
        using var probe = development.CreateClient();
        using var client = new HttpClient(new SocketsHttpHandler { UseCookies = false }) { BaseAddress = probe.BaseAddress };
        using var request = new HttpRequestMessage(HttpMethod.Get, "/");
        request.Headers.Host = PublicHost;
        request.Headers.Add("X-Forwarded-Proto", "https");

        using var response = await client.SendAsync(request, Ct);

        Assert.False(response.Headers.Contains("Strict-Transport-Security"));
    }

    [Fact]
    public async Task A_framed_request_on_a_public_host_gets_a_partitioned_host_cookie()
    {
        using var response = await SendAsync(HttpMethod.Get, CartPage, https: true, fetchDest: "iframe");

        var cookie = Assert.Single(Cookies(response), c => c.Name.Value == "__Host-checkout.visitor.default");
        Assert.True(cookie.Secure);
        Assert.Equal(Microsoft.Net.Http.Headers.SameSiteMode.None, cookie.SameSite);
        Assert.Contains("partitioned", response.Headers.GetValues("Set-Cookie").First(c => c.StartsWith("__Host-checkout.visitor", StringComparison.Ordinal)),
            StringComparison.OrdinalIgnoreCase);
    }

    public void Dispose() => app.Dispose();

    private async Task<HttpResponseMessage> SendAsync(
        HttpMethod method, string path, bool https, string? cookies = null, HttpContent? content = null, string? fetchDest = null,
        string? origin = null)
    {
        // Cookies by hand: a client's cookie jar would never send a Secure cookie back over the loopback's plain http.
        using var probe = app.CreateClient();
        using var client = new HttpClient(new SocketsHttpHandler { UseCookies = false, AllowAutoRedirect = false }) { BaseAddress = probe.BaseAddress };
        using var request = new HttpRequestMessage(method, path) { Content = content };
        request.Headers.Host = PublicHost;
        if (https)
        {
            request.Headers.Add("X-Forwarded-For", "203.0.113.9");
            request.Headers.Add("X-Forwarded-Proto", "https");
        }

        if (cookies is not null)
        {
            request.Headers.Add("Cookie", cookies);
        }

        if (fetchDest is not null)
        {
            request.Headers.Add("Sec-Fetch-Dest", fetchDest);
        }

        if (origin is not null)
        {
            request.Headers.Add("Origin", origin);
        }

        return await client.SendAsync(request, Ct);
    }

    private static IList<SetCookieHeaderValue> Cookies(HttpResponseMessage response) =>
        response.Headers.TryGetValues(HeaderNames.SetCookie, out var values) ? SetCookieHeaderValue.ParseList([.. values]) : [];
}
