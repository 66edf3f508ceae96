using Microsoft.Playwright;

namespace Checkout.Bench;

/// <summary>
/// Debian's headless Chromium (CHROME_PATH, default /usr/bin/chromium) driven by Playwright; each visitor gets its
/// own context, optionally carrying the cookies of an HTTP visitor so the browser continues that visitor's cart.
/// </summary>
internal sealed class Browser : IAsyncDisposable
{
    public const float TimeoutMs = 30_000;

    // This machine has only loopback: without these switches Chromium's own update/sync/QUIC probes slow every start.
    private static readonly string[] Args =
    [
        "--disable-gpu", "--disable-dev-shm-usage", "--no-sandbox", "--disable-background-networking",
        "--disable-component-update", "--disable-sync", "--no-first-run", "--disable-quic",
    ];

    private readonly IPlaywright playwright;
    private readonly IBrowser browser;

    private Browser(IPlaywright playwright, IBrowser browser) => (this.playwright, this.browser) = (playwright, browser);

    public static async Task<Browser> LaunchAsync()
    {
        var playwright = await Playwright.CreateAsync();
        var browser = await playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = Environment.GetEnvironmentVariable("CHROME_PATH") is { Length: > 0 } path ? path : "/usr/bin/chromium",
            Headless = true,
            Args = Args,
        });
        return new Browser(playwright, browser);
    }

    /// <summary>A new context (own cookies, one page) for <paramref name="visitor"/>'s cookies and claimed address.</summary>
    public async Task<IBrowserContext> OpenAsync(Uri baseAddress, ShopVisitor visitor)
    {
        var context = await browser.NewContextAsync(new BrowserNewContextOptions
        {
            BaseURL = baseAddress.ToString(),
            ExtraHTTPHeaders = visitor.ForwardedFor is { } address ? new Dictionary<string, string> { ["X-Forwarded-For"] = address } : null,
        });
        context.SetDefaultTimeout(TimeoutMs);
        context.SetDefaultNavigationTimeout(TimeoutMs);
        await context.AddCookiesAsync(visitor.Cookies.Select(c => new Cookie
        {
            Name = c.Name,
            Value = c.Value,
            Domain = c.Domain,
            Path = c.Path,
            HttpOnly = c.HttpOnly,
            Secure = c.Secure,
        }));
        await context.NewPageAsync();
        return context;
    }

    /// <summary>
    /// The cart and checkout pages are static: ready once js/hold-timer.js counts down (the pages' scripts ran).
    /// </summary>
    public static Task WaitForReadyAsync(IPage page) =>
        page.Locator("[data-hold-timer][data-started='true']").WaitForAsync(new LocatorWaitForOptions { State = WaitForSelectorState.Attached });

    public async ValueTask DisposeAsync()
    {
        await browser.CloseAsync();
        playwright.Dispose();
    }
}
