using Microsoft.Playwright;

namespace Checkout.E2ETests.Infrastructure.PageObjects;

/// <summary>The statically rendered cart page; js/hold-timer.js marks a running timer with data-started.</summary>
public sealed class CartPage(IPage page) : CheckoutPage(page)
{
    /// <summary>The hold timer counting down in the browser (cart and checkout pages with tickets).</summary>
    public const string HoldRunning = "[data-hold-timer][data-started='true']";

    /// <summary>Ready: the timer runs, or the page says the cart is empty, expired or unreadable.</summary>
    public override Task WaitForReadyAsync() =>
        WaitForAnyAsync($"{HoldRunning}, [data-testid=cart-empty], [data-testid=cart-expired], [data-testid=cart-error]");

    public ILocator Lines => Page.GetByTestId("cart-line");

    public ILocator Total => Page.GetByTestId("cart-total");

    public ILocator Timer => Page.GetByTestId("cart-timer");

    public ILocator GoCheckout => Page.GetByTestId("go-checkout");
}
