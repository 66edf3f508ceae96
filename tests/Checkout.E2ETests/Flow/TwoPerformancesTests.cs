using Checkout.E2ETests.Infrastructure;
using Checkout.E2ETests.Infrastructure.PageObjects;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace Checkout.E2ETests.Flow;

/// <summary>
/// Tickets for two performances in one cart become one order with one payment; the paid page shows both evenings
/// with their calendar files, and My tickets (after the mailbox code) shows that one order with both. Screenshots of
/// the paid page and My tickets at 360 and 1280 px go to artifacts/screenshots/ (copies in docs/screenshots/flow/).
/// </summary>
public sealed class TwoPerformancesTests(BrowserFixture browser, CheckoutAppFixture app)
{
    /// <summary>General admission in the sandbox's Kleine Zaal: "Alles Komt Goed" and "Pluk van de Petteflet".</summary>
    private const int Cabaret = 1022;
    private const int Family = 1062;

    [Theory(Timeout = BrowserFixture.TestTimeoutMs)]
    [InlineData(360, 800)]
    [InlineData(1280, 900)]
    public async Task Two_performances_are_one_order_one_payment_on_the_paid_page_and_in_my_tickets(int width, int height)
    {
        Directory.CreateDirectory(FlowScreenshotTests.Folder);
        var session = await browser.NewSessionAsync(app.BaseAddress, o => o.ViewportSize = new ViewportSize { Width = width, Height = height });
        try
        {
            var page = session.Page;
            var flow = new PurchaseDriver(page);
            var buyer = Buyer.Unique();

            await flow.FillCartAsync(Cabaret, 2);
            await flow.Event.GotoAsync($"event/{Family}");
            await Expect(flow.Event.TicketTypes.First).ToBeVisibleAsync();
            await flow.Event.AddFirstTicketTypeAsync(1);
            await page.WaitForURLAsync("**/cart");
            await flow.Cart.WaitForReadyAsync();
            await Expect(flow.Cart.Lines).ToHaveCountAsync(3);

            await flow.CheckOutAsync(buyer, 33);
            var orderKey = System.Web.HttpUtility.ParseQueryString(new Uri(await flow.PayAsync("pay", "paid")).Query)["return"]!;

            await Expect(flow.Status.Status).ToHaveAttributeAsync("data-payment-status", "paid");
            await Expect(page.GetByTestId("order-ticket-count")).ToContainTextAsync("3");
            var evenings = Evenings.Of(page.Locator("main"));
            await Expect(evenings).ToHaveCountAsync(2);
            await Expect(Evenings.Performance(page.Locator("main"), Cabaret).GetByTestId("evening-seat")).ToContainTextAsync("2 × Standaard");
            await Expect(Evenings.Performance(page.Locator("main"), Family).GetByTestId("evening-seat")).ToContainTextAsync("1 × Standaard");
            await Expect(evenings.GetByTestId("evening-address").First).ToContainTextAsync("Sterrenplein 1");
            await Expect(page.GetByTestId("order-reference")).ToContainTextAsync(orderKey);
            await Expect(flow.Status.Tickets).ToBeVisibleAsync();
            await Shoot(page, $"status-paid-two-{width}");

            var download = await page.RunAndWaitForDownloadAsync(() => Evenings.Performance(page.Locator("main"), Family).GetByTestId("add-to-calendar").ClickAsync());
            var ics = await File.ReadAllTextAsync(await download.PathAsync(), TestContext.Current.CancellationToken);
            Assert.StartsWith("BEGIN:VCALENDAR\r\n", ics, StringComparison.Ordinal);
            Assert.Contains("DTSTART;TZID=Europe/Amsterdam:", ics, StringComparison.Ordinal);
            Assert.Contains($"/order/{orderKey}", ics.Replace("\r\n ", "", StringComparison.Ordinal), StringComparison.Ordinal);
            Assert.EndsWith(".ics", download.SuggestedFilename, StringComparison.Ordinal);

            await page.GetByTestId("my-tickets-link").ClickAsync();
            var mine = new MyTicketsPage(page);
            await page.WaitForURLAsync("**/my-tickets");
            await mine.WaitForReadyAsync();
            await Expect(mine.Orders).ToHaveCountAsync(0);
            await mine.Step.VerifyWithMailboxCodeAsync(buyer.Email);

            var order = mine.Order(orderKey);
            await Expect(mine.Orders).ToHaveCountAsync(1);
            await Expect(order).ToHaveAttributeAsync("data-order-status", "paid");
            await Expect(Evenings.Of(order)).ToHaveCountAsync(2);
            await Expect(Evenings.Performance(order, Cabaret)).ToBeVisibleAsync();
            await Expect(Evenings.Performance(order, Family)).ToBeVisibleAsync();
            await Expect(order.GetByTestId("add-to-calendar")).ToHaveCountAsync(2);
            await Expect(order.GetByTestId("ticket-link")).ToHaveAttributeAsync("href", new System.Text.RegularExpressions.Regex($"/order/{orderKey}/ticket$"));
            await Shoot(page, $"my-tickets-{width}");
        }
        finally
        {
            await session.CloseAfterTestAsync();
        }
    }

    /// <summary>A full-page screenshot, after axe (WCAG A/AA) found nothing and nothing is wider than the viewport.</summary>
    private static async Task Shoot(IPage page, string name)
    {
        var violations = await AxeRules.ViolationsAsync(page, name);
        Assert.True(violations.Count == 0, string.Join("\n", violations));
        Assert.True(await page.EvaluateAsync<bool>("() => document.documentElement.scrollWidth <= window.innerWidth"), $"{name} scrolls sideways.");
        var path = Path.Combine(FlowScreenshotTests.Folder, $"{name}.png");
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = path, FullPage = true });
        Assert.True(new FileInfo(path).Length > 5_000, $"{path} looks empty.");
    }
}
