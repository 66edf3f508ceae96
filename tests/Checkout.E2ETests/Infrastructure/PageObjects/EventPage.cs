using Microsoft.Playwright;

namespace Checkout.E2ETests.Infrastructure.PageObjects;

/// <summary>A performance's page: ticket types with quantity inputs and the add-to-cart form (static SSR).</summary>
public sealed class EventPage(IPage page) : CheckoutPage(page)
{
    public ILocator TicketTypes => Page.GetByTestId("ticket-type");

    public ILocator Quantity(ILocator ticketType) => ticketType.GetByTestId("ticket-qty");

    public ILocator AddToCart => Page.GetByTestId("add-to-cart");

    /// <summary>Sets the quantity of the first listed ticket type and submits the form.</summary>
    public async Task AddFirstTicketTypeAsync(int quantity)
    {
        await Quantity(TicketTypes.First).FillAsync(quantity.ToString(System.Globalization.CultureInfo.InvariantCulture));
        await AddToCart.ClickAsync();
    }
}
