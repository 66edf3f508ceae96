using Microsoft.Playwright;

namespace Checkout.E2ETests.Infrastructure.PageObjects;

public sealed class HomePage(IPage page) : CheckoutPage(page)
{
    /// <summary>The brand name the layout shows in its header.</summary>
    public ILocator BrandName => Page.GetByTestId("brand-name");

    /// <summary>One card per listed performance (VdM sub event).</summary>
    public ILocator EventCards => Page.GetByTestId("event-card");

    public ILocator EventCard(int eventId) => Page.Locator($"[data-testid='event-card'][data-event-id='{eventId}']");
}
