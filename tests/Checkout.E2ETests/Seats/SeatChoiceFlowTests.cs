using Checkout.E2ETests.Infrastructure;
using Checkout.E2ETests.Infrastructure.PageObjects;
using Checkout.VoordeMensen;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace Checkout.E2ETests.Seats;

/// <summary>
/// Issue 19 in a browser: two adjacent seats picked on the plan end up, exactly, on the paid order; a keyboard-only
/// visitor chooses seats through the list just as quickly.
/// </summary>
public sealed class SeatChoiceFlowTests(BrowserFixture browser, CheckoutAppFixture app) : IAsyncLifetime
{
    private BrowserSession? session;

    private IPage Page => session!.Page;

    // The assertions read the Dutch texts the shop shows by default.
    public async ValueTask InitializeAsync() => session = await browser.NewSessionAsync(app.BaseAddress, o => o.Locale = "nl-NL");

    public async ValueTask DisposeAsync()
    {
        if (session is not null)
        {
            await session.CloseAfterTestAsync();
        }
    }

    private const int PlanPurchase = 1011;
    private const int KeyboardPurchase = 1012;

    [Fact(Timeout = BrowserFixture.TestTimeoutMs)]
    public async Task Two_adjacent_seats_picked_on_the_plan_are_exactly_the_seats_of_the_paid_order()
    {
        var flow = new PurchaseDriver(Page, async step =>
        {
            if (step == "checkout")
            {
                var lines = Page.GetByTestId("summary-line");
                await Expect(lines).ToHaveCountAsync(2);
                await Expect(lines.Nth(0)).ToContainTextAsync("Rij 4, stoel 7");
                await Expect(lines.Nth(1)).ToContainTextAsync("Rij 4, stoel 8");
            }
        });
        var seats = new SeatPage(Page);
        await seats.GotoAsync($"event/{PlanPurchase}");
        await Page.GetByTestId("seat-choice").ClickAsync();
        await Page.WaitForURLAsync($"**/event/{PlanPurchase}/seats");

        await seats.Seat("Parket", 4, 7).ClickAsync();
        await seats.Seat("Parket", 4, 8).ClickAsync();
        await Expect(seats.Seat("Parket", 4, 7)).ToHaveAttributeAsync("data-seat-state", "selected");
        await Expect(seats.Seat("Parket", 4, 8)).ToHaveAttributeAsync("aria-checked", "true");
        await Expect(seats.Announcer).ToContainTextAsync("Parket, rij 4, stoel 8 gekozen. 2 stoelen gekozen");
        await seats.Confirm.ClickAsync();

        await Page.WaitForURLAsync("**/cart");
        await flow.Cart.WaitForReadyAsync();
        await Expect(Page.GetByTestId("cart-line-seat")).ToHaveTextAsync(["Parket, rij 4, stoel 7", "Parket, rij 4, stoel 8"]);
        await flow.CheckOutAsync(Buyer.Unique(), 33);
        var status = await flow.PayAsync("pay", "paid");

        await Expect(Page.GetByTestId("evening-seat")).ToContainTextAsync(["Parket, rij 4, stoel 7", "Parket, rij 4, stoel 8"]);
        var key = new Uri(status).Query.Split("return=")[^1];
        var orders = await app.Services.GetRequiredService<IVoordeMensenClients>().For("default").Peppered
            .ExportOrdersAsync(null, TestContext.Current.CancellationToken);
        var order = Assert.Single(orders, o => o.Order.OrderKey == key);
        Assert.Equal([(4, 7), (4, 8)], order.Seats.Select(s => (s.Row!.Value, s.SeatNumber!.Value)).Order());
    }

    [Fact(Timeout = BrowserFixture.TestTimeoutMs)]
    public async Task A_keyboard_only_visitor_chooses_two_seats_through_the_list()
    {
        var keyboard = new KeyboardOnly(Page);
        var seats = new SeatPage(Page);
        await seats.GotoAsync($"event/{KeyboardPurchase}/seats");

        var row = seats.ListRow("Parket", 2);
        await keyboard.ActivateAsync(row);
        await keyboard.TabToAsync(seats.ListSeat(row, 3));
        await Page.Keyboard.PressAsync("Space");
        await Page.Keyboard.PressAsync("Tab");
        await Page.Keyboard.PressAsync("Space");
        await Expect(seats.ListSeat(row, 4)).ToBeCheckedAsync();
        await Expect(seats.Seat("Parket", 2, 4)).ToHaveAttributeAsync("data-seat-state", "selected");
        await Expect(seats.Announcer).ToContainTextAsync("2 stoelen gekozen");
        await keyboard.ActivateAsync(seats.Confirm);

        await Page.WaitForURLAsync("**/cart");
        var cart = new CartPage(Page);
        await cart.WaitForReadyAsync();
        await Expect(Page.GetByTestId("cart-line-seat")).ToHaveTextAsync(["Parket, rij 2, stoel 3", "Parket, rij 2, stoel 4"]);
    }

    [Fact(Timeout = BrowserFixture.TestTimeoutMs)]
    public async Task Arrow_keys_move_between_seats_on_the_plan_and_Enter_and_Space_choose()
    {
        var seats = new SeatPage(Page);
        await seats.GotoAsync($"event/{KeyboardPurchase}/seats");
        await new KeyboardOnly(Page).TabToAsync(seats.Plan.Locator("[data-testid=seat][tabindex='0']"));
        var first = seats.Plan.Locator("[data-testid=seat][tabindex='0']");
        var firstLabel = await first.GetAttributeAsync("aria-label");

        await Page.Keyboard.PressAsync("ArrowRight");
        await Page.Keyboard.PressAsync("ArrowDown");
        await Page.Keyboard.PressAsync("Enter");

        var focused = Page.Locator("[data-testid=seat]:focus");
        await Expect(focused).ToHaveAttributeAsync("data-seat-state", "selected");
        Assert.StartsWith("Parket, rij 2, stoel 2,", await focused.GetAttributeAsync("aria-label"), StringComparison.Ordinal);
        Assert.StartsWith("Parket, rij 1, stoel 1,", firstLabel, StringComparison.Ordinal);
        await Expect(seats.Announcer).ToContainTextAsync("Parket, rij 2, stoel 2 gekozen. 1 stoelen gekozen");
        await Page.Keyboard.PressAsync("Space");
        await Expect(focused).ToHaveAttributeAsync("data-seat-state", "free");
        await Expect(seats.Announcer).ToContainTextAsync("niet meer gekozen");
    }
}
