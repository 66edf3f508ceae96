using Microsoft.Playwright;

namespace Checkout.E2ETests.Infrastructure.PageObjects;

/// <summary>The sandbox's simulated payment provider (outside the shop, plain HTML).</summary>
public sealed class SandboxPaymentPage(IPage page)
{
    public ILocator Outcome(string outcome) => page.GetByTestId($"sandbox-{outcome}");

    /// <summary>
    /// The script-driven navigation has reached the payment page and its choices are on screen. Waits for the commit
    /// and the content rather than the load event, which a navigation started by the shop's script may fire before
    /// the wait begins.
    /// </summary>
    public async Task WaitAsync()
    {
        await page.WaitForURLAsync("**/sandbox/pay/**", new PageWaitForURLOptions { WaitUntil = WaitUntilState.Commit });
        await Assertions.Expect(Outcome("pay")).ToBeVisibleAsync();
    }
}

/// <summary>The order status page the payment provider returns to.</summary>
public sealed class OrderStatusPage(IPage page) : CheckoutPage(page)
{
    public ILocator Status => Page.GetByTestId("order-status");

    public ILocator Retry => Page.GetByTestId("retry-order");

    public ILocator Tickets => Page.GetByTestId("order-tickets");

    public ILocator BackToVenue => Page.GetByTestId("back-to-venue");

    public ILocator NotFound => Page.GetByTestId("order-not-found");
}
