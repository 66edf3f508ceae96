using System.Net;
using Checkout.E2ETests.Infrastructure;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.Playwright;

namespace Checkout.E2ETests.Embedding;

/// <summary>
/// A venue's own site embedding the shop, in a Chromium that blocks third-party cookies. The venue page is
/// http://localhost:port1 (a second loopback server answering with the app's demo venue page), the shop runs on
/// http://127.0.0.1:port: two sites, so everything the shop keeps in the frame must work on partitioned cookies.
/// </summary>
public sealed class EmbeddedVenueFixture : IAsyncLifetime
{
    // Chromium's switch for the third-party cookie phase-out: cross-site cookies are blocked, partitioned (CHIPS)
    // cookies are kept. EmbeddedPurchaseTests proves it is in effect.
    private static readonly string[] BlockingArgs =
    [
        "--disable-gpu", "--disable-dev-shm-usage", "--no-sandbox", "--disable-background-networking",
        "--disable-component-update", "--disable-sync", "--no-first-run", "--disable-quic",
        "--test-third-party-cookie-phaseout",
    ];

    private IPlaywright? playwright;
    private IBrowser? browser;
    private CheckoutAppFixture? app;
    private WebApplication? venue;

    /// <summary>The venue site, e.g. http://localhost:41234 (no trailing slash).</summary>
    public string VenueOrigin { get; private set; } = "";

    public CheckoutAppFixture App => app ?? throw new InvalidOperationException("The fixture was not initialized.");

    /// <summary>The shop's root without a trailing slash, as the venue page embeds it.</summary>
    public string Shop => App.BaseAddress.ToString().TrimEnd('/');

    public async ValueTask InitializeAsync()
    {
        venue = await StartVenueAsync();
        VenueOrigin = $"http://localhost:{new Uri(venue.Urls.Single()).Port}";
        app = await CheckoutAppFixture.StartAsync(new Dictionary<string, string?>
        {
            ["Embedding:AllowedOrigins:0"] = VenueOrigin,
            ["Clients:fringe:Embedding:AllowedOrigins:0"] = VenueOrigin,
        });
        playwright = await Playwright.CreateAsync().WaitAsync(BrowserFixture.DriverStartTimeout);
        browser = await playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = Environment.GetEnvironmentVariable(BrowserFixture.ChromiumPathVariable) is { Length: > 0 } custom
                ? custom
                : "/usr/bin/chromium",
            Headless = true,
            Args = BlockingArgs,
            Timeout = BrowserFixture.NavigationTimeoutMs * 2,
        });
    }

    /// <summary>A fresh context in the cookie-blocking browser, with a trace running and the usual time limits.</summary>
    public Task<BrowserSession> NewSessionAsync(Action<BrowserNewContextOptions>? configure = null)
    {
        var options = new BrowserNewContextOptions();
        configure?.Invoke(options);
        return BrowserSession.OpenAsync(browser!, options);
    }

    /// <summary>
    /// Answers the venue site's root with the app's demo venue page, and its other demo pages (/demo/venue/wordpress) under
    /// their own paths, as seen from the other loopback name.
    /// </summary>
    private async Task<WebApplication> StartVenueAsync()
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseKestrel(o => o.Listen(IPAddress.Loopback, 0));
        var site = builder.Build();
        site.MapGet("/{**path}", async (HttpContext context) =>
        {
            var path = context.Request.Path == "/" ? "/demo/venue" : context.Request.Path.Value!;
            if (!path.StartsWith("/demo/venue", StringComparison.Ordinal))
            {
                // The venue site has nothing else (the browser's favicon request, say).
                context.Response.StatusCode = StatusCodes.Status404NotFound;
                return;
            }

            using var http = new HttpClient { BaseAddress = App.BaseAddress };
            http.DefaultRequestHeaders.Host = $"localhost:{App.BaseAddress.Port}";
            using var response = await http.GetAsync(path + context.Request.QueryString, context.RequestAborted);
            response.EnsureSuccessStatusCode();
            context.Response.Headers.ContentSecurityPolicy = response.Headers.GetValues("Content-Security-Policy").Single();
            context.Response.ContentType = "text/html; charset=utf-8";
            await context.Response.WriteAsync(await response.Content.ReadAsStringAsync(context.RequestAborted), context.RequestAborted);
        });
        await site.StartAsync();
        return site;
    }

    public async ValueTask DisposeAsync()
    {
        if (browser is not null)
        {
            await browser.CloseAsync();
        }

        playwright?.Dispose();
        if (venue is not null)
        {
            await venue.DisposeAsync();
        }

        if (app is not null)
        {
            await app.DisposeAsync();
        }
    }
}
