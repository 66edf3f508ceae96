using System.Net;
using Checkout.IntegrationTests.Infrastructure;
using Checkout.Sandbox;
using Microsoft.Extensions.DependencyInjection;

namespace Checkout.IntegrationTests.Security;

/// <summary>
/// Issue 16, upstream flood by one visitor: every load of <c>/order/{any key}</c> or <c>/order/return?return=…</c> asked
/// VdM about the key, without a limit. Loads are now counted per address (IPv6 per /64) in the shared counters: over
/// <c>Security:RateLimits:StatusLookupsPerAddress</c> a minute the answer is 429 with the translated message and
/// Retry-After, and VdM is not asked; other addresses are not affected.
/// </summary>
public sealed class StatusPageRateLimitTests
{
    // The attack: guessing order keys (or reloading a status page in a loop) from one address.
    [Fact]
    public async Task Status_page_loads_beyond_the_limit_per_address_get_429_and_other_addresses_do_not()
    {
        using var app = new CheckoutWebFactory
        {
            Settings = new Dictionary<string, string?>
            {
                ["Security:RateLimits:StatusLookupsPerAddress"] = "3",
                ["ForwardedHeaders:KnownProxies:0"] = "127.0.0.1",
            },
        };
        var stats = app.Services.GetRequiredService<SandboxRequestStats>();
        using var guesser = ShopBrowser.Behind(app, "203.0.113.50");

        var statuses = new List<HttpStatusCode>();
        foreach (var url in new[] { "/order/GUESS-0001", "/order/GUESS-0002", "/order/return?return=GUESS-0003", "/order/GUESS-0004" })
        {
            statuses.Add((await guesser.GetAsync(url)).Response.StatusCode);
        }

        var (limited, body) = await guesser.GetAsync("/order/return?return=GUESS-0005");

        Assert.Equal([HttpStatusCode.NotFound, HttpStatusCode.NotFound, HttpStatusCode.NotFound, HttpStatusCode.TooManyRequests], statuses);
        Assert.Equal(HttpStatusCode.TooManyRequests, limited.StatusCode);
        Assert.True(limited.Headers.RetryAfter?.Delta is { TotalSeconds: > 0 and <= 60 }, $"Retry-After: {limited.Headers.RetryAfter}");
        Assert.StartsWith("Er komen in korte tijd erg veel verzoeken vanaf dit apparaat of netwerk.", body, StringComparison.Ordinal);
        Assert.Equal(3, stats.Count(SandboxDemoIds.DemoClient, "order.get"));

        using var neighbour = ShopBrowser.Behind(app, "198.51.100.7");
        Assert.Equal(HttpStatusCode.NotFound, (await neighbour.GetAsync("/order/GUESS-0006")).Response.StatusCode);
    }

    [Fact]
    public async Task The_limit_is_translated_and_counts_an_IPv6_64_as_one_address()
    {
        using var app = new CheckoutWebFactory
        {
            Settings = new Dictionary<string, string?>
            {
                ["Security:RateLimits:StatusLookupsPerAddress"] = "2",
                ["ForwardedHeaders:KnownProxies:0"] = "127.0.0.1",
            },
        };

        var statuses = new List<HttpStatusCode>();
        string body = "";
        foreach (var address in new[] { "2001:db8:5:6::1", "2001:db8:5:6::2", "2001:db8:5:6:a::3" })
        {
            using var guesser = ShopBrowser.Behind(app, address);
            var (response, text) = await guesser.GetAsync("/order/GUESS-0001?culture=en");
            statuses.Add(response.StatusCode);
            body = text;
        }

        using var otherNetwork = ShopBrowser.Behind(app, "2001:db8:5:7::1");
        Assert.Equal([HttpStatusCode.NotFound, HttpStatusCode.NotFound, HttpStatusCode.TooManyRequests], statuses);
        Assert.StartsWith("Very many requests are coming from this device or network", body, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.NotFound, (await otherNetwork.GetAsync("/order/GUESS-0001")).Response.StatusCode);
    }
}
