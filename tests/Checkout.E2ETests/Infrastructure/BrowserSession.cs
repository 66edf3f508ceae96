using Microsoft.Playwright;

namespace Checkout.E2ETests.Infrastructure;

/// <summary>One test's browser context and page. Closing it keeps the Playwright trace only when asked to.</summary>
public sealed class BrowserSession(IBrowserContext context, IPage page)
{
    public IBrowserContext Context { get; } = context;

    public IPage Page { get; } = page;

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
        await Context.Tracing.StopAsync(new TracingStopOptions { Path = tracePath });
        await Context.CloseAsync();
    }
}
