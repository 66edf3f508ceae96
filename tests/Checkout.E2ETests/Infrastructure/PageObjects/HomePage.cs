using Microsoft.Playwright;

namespace Checkout.E2ETests.Infrastructure.PageObjects;

public sealed class HomePage(IPage page) : CheckoutPage(page)
{
    /// <summary>The brand name the layout shows in its header.</summary>
    public ILocator BrandName => Page.GetByTestId("brand-name");
}
