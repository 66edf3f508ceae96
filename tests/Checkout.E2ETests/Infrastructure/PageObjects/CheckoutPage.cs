using Microsoft.Playwright;

namespace Checkout.E2ETests.Infrastructure.PageObjects;

/// <summary>
/// Base of the page objects. Blazor Server prerenders the page before its circuit connects, and clicks made
/// before that are lost: call <see cref="WaitForReadyAsync"/> before interacting.
/// </summary>
public abstract class CheckoutPage(IPage page)
{
    public IPage Page { get; } = page;

    /// <summary>The layout's marker; it carries data-interactive="true" once the circuit is live.</summary>
    public ILocator InteractiveMarker => Page.GetByTestId("interactive-marker");

    /// <summary>Navigates to a path relative to the app's base address and fails on a non-success status.</summary>
    public async Task GotoAsync(string path)
    {
        var response = await Page.GotoAsync(path)
            ?? throw new InvalidOperationException($"Navigating to {path} produced no response.");
        if (!response.Ok)
        {
            throw new InvalidOperationException($"GET {response.Url} answered {response.Status} {response.StatusText}.");
        }
    }

    /// <summary>An interactive page: its circuit is live. Static pages override this with their own state.</summary>
    public virtual Task WaitForReadyAsync() =>
        Page.Locator("[data-interactive='true']")
            .WaitForAsync(new LocatorWaitForOptions { State = WaitForSelectorState.Attached });

    protected Task WaitForAnyAsync(string selector) =>
        Page.Locator(selector).First.WaitForAsync(new LocatorWaitForOptions { State = WaitForSelectorState.Attached });
}
