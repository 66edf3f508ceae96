using Microsoft.Playwright;

namespace Checkout.E2ETests.Infrastructure.PageObjects;

/// <summary>The sandbox's simulated payment provider (outside the shop, plain HTML).</summary>
public sealed class SandboxPaymentPage(IPage page)
{
    public ILocator Outcome(string outcome) => page.GetByTestId($"sandbox-{outcome}");

    public Task WaitAsync() => page.WaitForURLAsync("**/sandbox/pay/**");
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
