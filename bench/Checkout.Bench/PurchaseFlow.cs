using System.Diagnostics;
using Microsoft.Playwright;

namespace Checkout.Bench;

/// <summary>
/// One purchase by a new visitor, the way a buyer makes it: programme, event page and the order form over HTTP (static
/// pages, no JavaScript needed), then a browser with the same cookies for the interactive cart and checkout, the
/// sandbox's payment simulator and the status page. Returns the time of each <see cref="FlowStep"/> in ms.
/// </summary>
internal sealed class PurchaseFlow(Uri baseAddress, Browser browser)
{
    // Every purchase gets its own e-mail address; the rest of the buyer is the same.
    private static readonly (string First, string Last, string Phone, string Address, string Zip, string City) Buyer =
        ("Anna", "de Vries", "06-12345678", "Kerkstraat 1", "1234 AB", "Haarlem");

    public async Task<Dictionary<FlowStep, double>> BuyAsync(int performanceId)
    {
        var times = new Dictionary<FlowStep, double>();
        using var visitor = new ShopVisitor(baseAddress);
        times[FlowStep.Programme] = (await visitor.GetAsync("")).Elapsed.TotalMilliseconds;
        var eventPath = $"event/{performanceId}";
        var (eventPage, eventTime) = await visitor.GetAsync(eventPath);
        times[FlowStep.Event] = eventTime.TotalMilliseconds;
        times[FlowStep.AddToCart] = (await visitor.PostOrderFormAsync(eventPath, eventPage, quantity: 1)).TotalMilliseconds;

        var context = await browser.OpenAsync(baseAddress, visitor);
        try
        {
            await InBrowserAsync(context.Pages[0], times);
        }
        finally
        {
            await context.CloseAsync();
        }

        return times;
    }

    private static async Task InBrowserAsync(IPage page, Dictionary<FlowStep, double> times)
    {
        var clock = Stopwatch.StartNew();
        var cart = await page.GotoAsync("cart") ?? throw new InvalidOperationException("The cart page gave no response.");
        if (!cart.Ok)
        {
            throw new InvalidOperationException($"GET /cart answered {cart.Status}.");
        }

        times[FlowStep.CartPrerender] = cart.Request.Timing.ResponseStart - cart.Request.Timing.RequestStart;
        await page.GetByTestId("cart-line").First.WaitForAsync();
        await Browser.WaitForReadyAsync(page);
        times[FlowStep.CartReady] = clock.Elapsed.TotalMilliseconds;

        clock.Restart();
        // Waits go by content, not by URL: a navigation that commits between the click and a URL wait is missed.
        await page.GetByTestId("go-checkout").ClickAsync();
        await page.GetByTestId("place-order").WaitForAsync();
        await Browser.WaitForReadyAsync(page);
        times[FlowStep.Checkout] = clock.Elapsed.TotalMilliseconds;

        await page.GetByTestId("email").FillAsync($"bench-{Guid.NewGuid():N}@example.nl");
        await page.GetByTestId("firstname").FillAsync(Buyer.First);
        await page.GetByTestId("lastname").FillAsync(Buyer.Last);
        await page.GetByTestId("phone").FillAsync(Buyer.Phone);
        await page.GetByTestId("address").FillAsync(Buyer.Address);
        await page.GetByTestId("zip").FillAsync(Buyer.Zip);
        await page.GetByTestId("city").FillAsync(Buyer.City);
        await page.Locator("[data-testid='payment-method'][data-payment-id='33']").ClickAsync(); // iDEAL

        clock.Restart();
        await page.GetByTestId("place-order").ClickAsync();
        await page.GetByTestId("sandbox-pay").WaitForAsync();
        times[FlowStep.PlaceOrder] = clock.Elapsed.TotalMilliseconds;

        clock.Restart();
        await page.GetByTestId("sandbox-pay").ClickAsync();
        await page.Locator("[data-testid='order-status'][data-payment-status='paid']").WaitForAsync();
        times[FlowStep.Status] = clock.Elapsed.TotalMilliseconds;
    }
}
