using Checkout.E2ETests.Infrastructure;
using Checkout.E2ETests.Infrastructure.PageObjects;
using Checkout.Sandbox;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace Checkout.E2ETests.Flow;

/// <summary>
/// A purchase with JavaScript switched off in the browser: programme, event, cart, checkout (with a validation round
/// trip), the payment link, the payment and the status page, all as links and form posts.
/// </summary>
public sealed class NoScriptPurchaseTests(BrowserFixture browser, CheckoutAppFixture app) : IAsyncLifetime
{
    private BrowserSession? session;

    public async ValueTask InitializeAsync() =>
        session = await browser.NewSessionAsync(app.BaseAddress, o => o.JavaScriptEnabled = false);

    public async ValueTask DisposeAsync()
    {
        if (session is not null)
        {
            await session.CloseAfterTestAsync();
        }
    }

    [Fact(Timeout = BrowserFixture.TestTimeoutMs)]
    public async Task Tickets_are_bought_and_paid_without_JavaScript()
    {
        var page = session!.Page;
        var home = new HomePage(page);
        var performance = SandboxDemoIds.MultiPerformanceFirst + 6;
        await home.GotoAsync("/");
        await home.EventCard(performance).GetByRole(AriaRole.Link).First.ClickAsync();
        await page.WaitForURLAsync($"**/event/{performance}");
        await new EventPage(page).AddFirstTicketTypeAsync(2);
        await page.WaitForURLAsync("**/cart");
        var cart = new CartPage(page);
        await Expect(cart.Lines).ToHaveCountAsync(2);
        await Expect(cart.Timer).ToBeVisibleAsync();
        await cart.GoCheckout.ClickAsync();
        await page.WaitForURLAsync("**/checkout");

        var checkout = new CheckoutFormPage(page);
        var buyer = Buyer.Unique();
        await checkout.Field("email").FillAsync(buyer.Email);
        await checkout.PlaceOrder.ClickAsync();
        await Expect(page.Locator("#buyer-firstname-error")).ToBeVisibleAsync();
        await Expect(checkout.Field("email")).ToHaveValueAsync(buyer.Email);
        await Expect(checkout.Field("firstname")).ToBeFocusedAsync();

        await checkout.FillBuyerAsync(buyer);
        await checkout.PaymentMethod(SandboxDemoIds.CreditCardWithSurcharge).ClickAsync();
        await checkout.PlaceOrder.ClickAsync();
        var link = page.GetByTestId("payment-link");
        await Expect(link).ToBeVisibleAsync();
        await link.ClickAsync();

        var payment = new SandboxPaymentPage(page);
        await payment.WaitAsync();
        await payment.Outcome("pay").ClickAsync();
        await page.WaitForURLAsync("**/order/**");
        await Expect(new OrderStatusPage(page).Status).ToHaveAttributeAsync("data-payment-status", "paid");
    }
}
