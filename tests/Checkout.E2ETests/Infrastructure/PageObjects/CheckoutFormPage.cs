using Microsoft.Playwright;

namespace Checkout.E2ETests.Infrastructure.PageObjects;

/// <summary>The checkout page: buyer details, payment methods, summary and the place-order button.</summary>
public sealed class CheckoutFormPage(IPage page) : CheckoutPage(page)
{
    public ILocator Field(string testId) => Page.GetByTestId(testId);

    public ILocator PaymentMethod(int paymentId) =>
        Page.Locator($"[data-testid='payment-method'][data-payment-id='{paymentId}']");

    public ILocator Total => Page.GetByTestId("checkout-total");

    public ILocator PlaceOrder => Page.GetByTestId("place-order");

    public ILocator Error => Page.GetByTestId("order-error");

    public async Task FillBuyerAsync(Buyer buyer)
    {
        await Field("email").FillAsync(buyer.Email);
        await Field("firstname").FillAsync(buyer.FirstName);
        await Field("lastname").FillAsync(buyer.LastName);
        await Field("phone").FillAsync(buyer.Phone);
        await Field("address").FillAsync(buyer.Address);
        await Field("zip").FillAsync(buyer.Zip);
        await Field("city").FillAsync(buyer.City);
    }
}

public sealed record Buyer(string Email, string FirstName, string LastName, string Phone, string Address, string Zip, string City)
{
    /// <summary>A buyer with a unique e-mail address, so tests sharing one sandbox never see each other's orders.</summary>
    public static Buyer Unique() => new(
        $"e2e-{Guid.NewGuid():N}@example.nl", "Anna", "de Vries", "06-12345678", "Kerkstraat 1", "1234 AB", "Haarlem");
}
