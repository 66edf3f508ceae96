using Microsoft.Playwright;

namespace Checkout.E2ETests.Infrastructure.PageObjects;

/// <summary>The statically rendered checkout page: buyer details, payment methods, summary and the place-order button.</summary>
public sealed class CheckoutFormPage(IPage page) : CheckoutPage(page)
{
    /// <summary>Ready: the hold timer runs, or the page says the cart is empty or expired, or the order is placed.</summary>
    public override Task WaitForReadyAsync() =>
        WaitForAnyAsync($"{CartPage.HoldRunning}, [data-testid=checkout-empty], [data-testid=checkout-expired], [data-testid=payment-link]");

    public ILocator Field(string testId) => Page.GetByTestId(testId);

    public ILocator PaymentMethod(int paymentId) =>
        Page.Locator($"[data-testid='payment-method'][data-payment-id='{paymentId}']");

    public ILocator Total => Page.GetByTestId("checkout-total");

    public ILocator PlaceOrder => Page.GetByTestId("place-order");

    public ILocator Error => Page.GetByTestId("order-error");

    public async Task FillBuyerAsync(Buyer buyer)
    {
        foreach (var (testId, value) in buyer.Fields)
        {
            await Field(testId).FillAsync(value);
        }
    }
}

public sealed record Buyer(string Email, string FirstName, string LastName, string Phone, string Address, string Zip, string City)
{
    /// <summary>Each detail with the data-testid of its checkout field, in the form's order.</summary>
    public IReadOnlyList<(string TestId, string Value)> Fields =>
    [
        ("email", Email), ("firstname", FirstName), ("lastname", LastName), ("phone", Phone),
        ("address", Address), ("zip", Zip), ("city", City),
    ];

    /// <summary>A buyer with a unique e-mail address, so tests sharing one sandbox never see each other's orders.</summary>
    public static Buyer Unique() => new(
        $"e2e-{Guid.NewGuid():N}@example.nl", "Anna", "de Vries", "06-12345678", "Kerkstraat 1", "1234 AB", "Haarlem");
}
