using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace Checkout.E2ETests.Infrastructure.PageObjects;

/// <summary>
/// Walks one purchase through the shop with the page objects, asserting every step: programme → event → cart →
/// checkout → sandbox payment → status. <paramref name="onStep"/> is called when each step's page is ready
/// (screenshots).
/// </summary>
public sealed class PurchaseDriver(IPage page, Func<string, Task>? onStep = null)
{
    public HomePage Home { get; } = new(page);
    public EventPage Event { get; } = new(page);
    public CartPage Cart { get; } = new(page);
    public CheckoutFormPage Checkout { get; } = new(page);
    public SandboxPaymentPage Payment { get; } = new(page);
    public OrderStatusPage Status { get; } = new(page);

    /// <summary>From the programme to a cart holding <paramref name="quantity"/> tickets of the first ticket type.</summary>
    public async Task FillCartAsync(int performanceId, int quantity)
    {
        await Home.GotoAsync("/");
        await Expect(Home.EventCard(performanceId)).ToBeVisibleAsync();
        await StepAsync("programme");

        await Home.EventCard(performanceId).GetByRole(AriaRole.Link).First.ClickAsync();
        await page.WaitForURLAsync($"**/event/{performanceId}");
        await Expect(Event.TicketTypes.First).ToBeVisibleAsync();
        await StepAsync("event");

        await Event.AddFirstTicketTypeAsync(quantity);
        await page.WaitForURLAsync("**/cart");
        await Cart.WaitForReadyAsync();
        await Expect(Cart.Lines).ToHaveCountAsync(quantity);
        await Expect(Cart.Timer).ToBeVisibleAsync();
        await Expect(Cart.Total).ToBeVisibleAsync();
        await StepAsync("cart");
    }

    /// <summary>From the cart to the sandbox payment page.</summary>
    public async Task CheckOutAsync(Buyer buyer, int paymentId)
    {
        await Cart.GoCheckout.ClickAsync();
        await page.WaitForURLAsync("**/checkout");
        await Checkout.WaitForReadyAsync();
        await Checkout.FillBuyerAsync(buyer);
        await Checkout.PaymentMethod(paymentId).ClickAsync();
        await Expect(Checkout.PaymentMethod(paymentId).GetByRole(AriaRole.Radio)).ToBeCheckedAsync();
        await StepAsync("checkout");

        await Checkout.PlaceOrder.ClickAsync();
        await Payment.WaitAsync();
        await StepAsync("payment");
    }

    /// <summary>Chooses an outcome on the sandbox payment page and waits for the status page to show it.</summary>
    public async Task<string> PayAsync(string outcome, string expectedStatus)
    {
        await Payment.Outcome(outcome).ClickAsync();
        await page.WaitForURLAsync("**/order/**");
        await Expect(Status.Status).ToHaveAttributeAsync("data-payment-status", expectedStatus);
        await StepAsync($"status-{expectedStatus}");
        return page.Url;
    }

    public async Task<string> BuyAsync(int performanceId, int quantity, Buyer buyer, int paymentId = 33)
    {
        await FillCartAsync(performanceId, quantity);
        await CheckOutAsync(buyer, paymentId);
        return await PayAsync("pay", "paid");
    }

    private Task StepAsync(string name) => onStep?.Invoke(name) ?? Task.CompletedTask;
}
