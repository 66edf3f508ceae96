using Microsoft.Playwright;

namespace Checkout.E2ETests.Infrastructure;

/// <summary>
/// One headless Debian Chromium per test assembly; each test gets its own context from <see cref="NewSessionAsync"/>.
/// Playwright's bundled browsers cannot be downloaded here, so the system browser is required.
/// </summary>
public sealed class BrowserFixture : IAsyncLifetime
{
    /// <summary>Environment variable that points at another Chromium binary (default /usr/bin/chromium).</summary>
    public const string ChromiumPathVariable = "CHECKOUT_CHROMIUM_PATH";

    public const float ExpectTimeoutMs = 15_000;
    public const float ActionTimeoutMs = 15_000;
    public const float NavigationTimeoutMs = 30_000;

    /// <summary>
    /// Upper bound for one browser test (set on every [Fact]/[Theory] of this assembly): a page or fixture that hangs
    /// fails that test by name instead of stalling the whole run.
    /// </summary>
    public const int TestTimeoutMs = 180_000;

    /// <summary>
    /// Starting Playwright's driver has no time limit of its own, and a fixture is not covered by the tests' limits:
    /// a driver that never answers fails the fixture (and names it) instead of stalling the run.
    /// </summary>
    public static readonly TimeSpan DriverStartTimeout = TimeSpan.FromMinutes(2);

    // The machine has no network beyond loopback: without the background-networking switches Chromium's
    // own update/sync/QUIC probes get refused and slow every start.
    private static readonly string[] ChromiumArgs =
    [
        "--disable-gpu",
        "--disable-dev-shm-usage",
        "--no-sandbox",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
        "--no-first-run",
        "--disable-quic",
    ];

    private IPlaywright? playwright;
    private IBrowser? browser;

    public IBrowser Browser =>
        browser ?? throw new InvalidOperationException("The browser is not launched; the fixture was not initialized.");

    public async ValueTask InitializeAsync()
    {
        var executable = Environment.GetEnvironmentVariable(ChromiumPathVariable) is { Length: > 0 } custom
            ? custom
            : "/usr/bin/chromium";
        if (!File.Exists(executable))
        {
            throw new InvalidOperationException(
                $"Chromium was not found at {executable}. Run `./build.sh test` from the repository root: it installs " +
                $"Debian's chromium package (or set {ChromiumPathVariable} to a Chromium binary).");
        }

        Assertions.SetDefaultExpectTimeout(ExpectTimeoutMs);
        playwright = await Playwright.CreateAsync().WaitAsync(BrowserFixture.DriverStartTimeout);
        browser = await playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = executable,
            Headless = true,
            Args = ChromiumArgs,
            Timeout = NavigationTimeoutMs * 2,
        });
    }

    /// <summary>A fresh, isolated browser context with one page and tracing running.</summary>
    /// <param name="baseAddress">Base for relative URLs in <c>GotoAsync</c>.</param>
    /// <param name="configure">Extra context options (locale, viewport, …).</param>
    public Task<BrowserSession> NewSessionAsync(Uri? baseAddress = null, Action<BrowserNewContextOptions>? configure = null)
    {
        var options = new BrowserNewContextOptions { BaseURL = baseAddress?.ToString() };
        configure?.Invoke(options);
        return BrowserSession.OpenAsync(Browser, options);
    }

    public async ValueTask DisposeAsync()
    {
        if (browser is not null)
        {
            await browser.CloseAsync();
        }

        playwright?.Dispose();
    }
}
