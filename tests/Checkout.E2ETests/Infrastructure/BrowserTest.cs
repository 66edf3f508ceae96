using Microsoft.Playwright;

namespace Checkout.E2ETests.Infrastructure;

/// <summary>
/// Base for browser tests: xunit creates one instance per test, so every test gets a fresh context and page.
/// A failed test leaves its trace in artifacts/playwright-traces/ (open with `npx playwright show-trace`).
/// </summary>
public abstract class BrowserTest(BrowserFixture browser, Uri? baseAddress = null) : IAsyncLifetime
{
    private BrowserSession? session;

    protected IPage Page => Session.Page;

    protected IBrowserContext Context => Session.Context;

    private BrowserSession Session =>
        session ?? throw new InvalidOperationException("The browser session is created in InitializeAsync.");

    public virtual async ValueTask InitializeAsync() =>
        session = await browser.NewSessionAsync(baseAddress);

    public virtual async ValueTask DisposeAsync()
    {
        GC.SuppressFinalize(this);
        if (session is null)
        {
            return;
        }

        await session.CloseAfterTestAsync();
    }
}
