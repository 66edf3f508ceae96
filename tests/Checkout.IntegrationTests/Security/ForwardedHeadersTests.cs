using System.Net;
using Checkout.IntegrationTests.Infrastructure;
using Checkout.Sandbox;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace Checkout.IntegrationTests.Security;

/// <summary>
/// Per-address rate limits behind a reverse proxy (<c>ForwardedHeaders:*</c>). The test client connects from
/// 127.0.0.1, which plays the proxy: trusted when configured, otherwise its X-Forwarded-For is a visitor's claim.
/// </summary>
public sealed class ForwardedHeadersTests
{
    private static readonly string HamletFirst = $"/event/{SandboxDemoIds.MultiPerformanceFirst}";

    public static TheoryData<string, string> TrustedProxies => new()
    {
        { "ForwardedHeaders:KnownProxies:0", "127.0.0.1" },
        { "ForwardedHeaders:KnownNetworks:0", "127.0.0.0/8" },
    };

    [Theory]
    [MemberData(nameof(TrustedProxies))]
    public async Task From_a_known_proxy_the_forwarded_address_is_the_one_rate_limited(string key, string proxy)
    {
        using var app = new CheckoutWebFactory { Settings = Limit(2, (key, proxy)) };

        var first = await PostsFromAsync(app, "203.0.113.7", 3);
        var other = await PostsFromAsync(app, "198.51.100.9", 1);

        // The third post of one visitor address is refused; another address behind the same proxy is not.
        Assert.Equal([HttpStatusCode.OK, HttpStatusCode.OK, HttpStatusCode.TooManyRequests], first);
        Assert.Equal([HttpStatusCode.OK], other);
    }

    [Theory]
    [InlineData("10.0.0.2")]
    [InlineData(null)]
    public async Task From_an_unknown_source_the_forwarded_header_is_ignored(string? configuredProxy)
    {
        var settings = configuredProxy is null ? Limit(2) : Limit(2, ("ForwardedHeaders:KnownProxies:0", configuredProxy));
        using var app = new CheckoutWebFactory { Settings = settings };

        // Every post claims a new address; all of them count against the connection's own address.
        var statuses = new List<HttpStatusCode>();
        foreach (var claimed in new[] { "203.0.113.1", "203.0.113.2", "203.0.113.3" })
        {
            statuses.AddRange(await PostsFromAsync(app, claimed, 1));
        }

        Assert.Equal([HttpStatusCode.OK, HttpStatusCode.OK, HttpStatusCode.TooManyRequests], statuses);
    }

    [Fact]
    public async Task Service_limits_per_address_count_the_forwarded_address_too()
    {
        using var app = new CheckoutWebFactory
        {
            Settings = new Dictionary<string, string?>
            {
                ["ForwardedHeaders:KnownProxies:0"] = "127.0.0.1",
                ["Security:RateLimits:CartCreatesPerAddress"] = "1",
            },
        };
        var stats = app.Services.GetRequiredService<SandboxRequestStats>();

        // Two visitors behind the proxy each get a cart; with the proxy's address for both the second would be refused.
        var statuses = new List<HttpStatusCode>();
        foreach (var address in new[] { "203.0.113.20", "203.0.113.21" })
        {
            using var visitor = Behind(app, address);
            var page = await visitor.PageAsync(HamletFirst);
            statuses.Add((await visitor.PostFormAsync(HamletFirst, page, ShopBrowser.FirstQuantity("1"))).Response.StatusCode);
        }

        Assert.Equal([HttpStatusCode.Redirect, HttpStatusCode.Redirect], statuses);
        Assert.Equal(2, stats.Count(SandboxDemoIds.DemoClient, "cart.create"));
    }

    [Theory]
    [InlineData("ForwardedHeaders:KnownProxies:0", "proxy.example.org")]
    [InlineData("ForwardedHeaders:KnownNetworks:0", "10.0.0.0/99")]
    [InlineData("ForwardedHeaders:ForwardLimit", "0")]
    public void A_malformed_setting_stops_start_up_naming_the_key(string key, string value)
    {
        var failure = StartupFailures.Of(new Dictionary<string, string?> { [key] = value });

        Assert.Contains(key, failure.Message, StringComparison.Ordinal);
    }

    private static Dictionary<string, string?> Limit(int formPosts, params (string Key, string Value)[] extra)
    {
        var settings = new Dictionary<string, string?> { ["Security:RateLimits:FormPostsPerAddress"] = formPosts.ToString(System.Globalization.CultureInfo.InvariantCulture) };
        foreach (var (key, value) in extra)
        {
            settings[key] = value;
        }

        return settings;
    }

    /// <summary>A visitor whose every request arrives with the proxy's X-Forwarded-For naming <paramref name="address"/>.</summary>
    private static ShopBrowser Behind(CheckoutWebFactory app, string address)
    {
        var browser = new ShopBrowser(app);
        browser.Http.DefaultRequestHeaders.Add("X-Forwarded-For", address);
        return browser;
    }

    private static async Task<List<HttpStatusCode>> PostsFromAsync(CheckoutWebFactory app, string address, int posts)
    {
        using var visitor = Behind(app, address);
        var page = await visitor.PageAsync(HamletFirst);
        var statuses = new List<HttpStatusCode>();
        for (var i = 0; i < posts; i++)
        {
            statuses.Add((await visitor.PostFormAsync(HamletFirst, page, ShopBrowser.FirstQuantity("0"))).Response.StatusCode);
        }

        return statuses;
    }
}
