using Microsoft.Playwright;

namespace Checkout.E2ETests.Infrastructure.PageObjects;

public sealed class CartPage(IPage page) : CheckoutPage(page)
{
    public ILocator Lines => Page.GetByTestId("cart-line");

    public ILocator Total => Page.GetByTestId("cart-total");

    public ILocator Timer => Page.GetByTestId("cart-timer");

    public ILocator GoCheckout => Page.GetByTestId("go-checkout");
}
