using Microsoft.Playwright;

namespace Checkout.E2ETests.Infrastructure;

/// <summary>One test's browser context and page. Closing it keeps the Playwright trace only when asked to.</summary>
public sealed class BrowserSession(IBrowserContext context, IPage page)
{
    public IBrowserContext Context { get; } = context;

    public IPage Page { get; } = page;

    /// <param name="tracePath">Where to save the trace zip, or null to discard it.</param>
    public async Task CloseAsync(string? tracePath)
    {
        await Context.Tracing.StopAsync(new TracingStopOptions { Path = tracePath });
        await Context.CloseAsync();
    }
}
