using Microsoft.Playwright;

namespace Checkout.E2ETests.Infrastructure;

/// <summary>One test's browser context and page. Closing it keeps the Playwright trace only when asked to.</summary>
public sealed class BrowserSession(IBrowserContext context, IPage page)
{
    /// <summary>
    /// Stopping a trace and closing a context have no time limit of their own and can hang on a loaded machine
    /// (microsoft/playwright#16143, #18126). By then the test's verdict is known: a stuck teardown is abandoned after this
    /// bound, with a diagnostic message, instead of timing out a test that passed. The browser goes with its fixture.
    /// </summary>
    private static readonly TimeSpan TeardownTimeout = TimeSpan.FromSeconds(30);

    /// <summary>Opening a context and starting its trace have no time limit either; a browser that does not answer fails the test by name.</summary>
    private static readonly TimeSpan OpenTimeout = TimeSpan.FromMilliseconds(BrowserFixture.NavigationTimeoutMs);

    public IBrowserContext Context { get; } = context;

    public IPage Page { get; } = page;

    /// <summary>A fresh, isolated context of <paramref name="browser"/> with one page, tracing running and the usual time limits.</summary>
    public static async Task<BrowserSession> OpenAsync(IBrowser browser, BrowserNewContextOptions options)
    {
        var context = await browser.NewContextAsync(options).WaitAsync(OpenTimeout);
        context.SetDefaultTimeout(BrowserFixture.ActionTimeoutMs);
        context.SetDefaultNavigationTimeout(BrowserFixture.NavigationTimeoutMs);
        await context.Tracing.StartAsync(new TracingStartOptions { Screenshots = true, Snapshots = true }).WaitAsync(OpenTimeout);
        return new BrowserSession(context, await context.NewPageAsync().WaitAsync(OpenTimeout));
    }

    /// <summary>Closes the session at the end of a test, keeping the trace only when the test failed.</summary>
    public Task CloseAfterTestAsync()
    {
        // TestState is filled in once the test body has finished, which is before the test class is disposed.
        var failed = TestContext.Current.TestState?.Result is TestResult.Failed;
        return CloseAsync(failed ? TraceFiles.PathFor(TestContext.Current.Test?.TestDisplayName) : null);
    }

    /// <param name="tracePath">Where to save the trace zip, or null to discard it.</param>
    public async Task CloseAsync(string? tracePath)
    {
        await WithinTeardownTimeAsync(Context.Tracing.StopAsync(new TracingStopOptions { Path = tracePath }), "stopping the trace");
        await WithinTeardownTimeAsync(Context.CloseAsync(), "closing the browser context");
    }

    private static async Task WithinTeardownTimeAsync(Task step, string what)
    {
        try
        {
            await step.WaitAsync(TeardownTimeout);
        }
        catch (TimeoutException)
        {
            TestContext.Current.SendDiagnosticMessage($"Abandoned {what}: no answer from Playwright within {TeardownTimeout.TotalSeconds:0} s.");
        }
    }
}
