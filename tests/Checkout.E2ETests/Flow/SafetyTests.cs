using Checkout.E2ETests.Infrastructure;
using Checkout.E2ETests.Infrastructure.PageObjects;
using Checkout.Sandbox;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace Checkout.E2ETests.Flow;

public sealed class SafetyTests(BrowserFixture browser, CheckoutAppFixture app) : BrowserTest(browser, app.BaseAddress)
{
    [Fact(Timeout = BrowserFixture.TestTimeoutMs)]
    public async Task Script_and_onerror_in_an_event_text_never_run_while_its_formatting_shows()
    {
        var dialogs = new List<string>();
        Page.Dialog += async (_, dialog) =>
        {
            dialogs.Add(dialog.Message);
            await dialog.DismissAsync();
        };
        var events = new EventPage(Page);

        await events.GotoAsync($"event/{SandboxDemoIds.HtmlText}");
        await Expect(Page.Locator("strong", new() { HasText = "nieuw talent" })).ToBeVisibleAsync();
        await Expect(events.TicketTypes.First).ToBeVisibleAsync();
        await Page.Mouse.WheelAsync(0, 2000);
        await Page.WaitForTimeoutAsync(500);

        Assert.Empty(dialogs);
        var main = await Page.Locator("main").InnerHTMLAsync();
        Assert.DoesNotContain("sandbox-xss", main, StringComparison.Ordinal);
        Assert.DoesNotContain("onerror", main, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("javascript:", main, StringComparison.OrdinalIgnoreCase);
    }

    [Fact(Timeout = BrowserFixture.TestTimeoutMs)]
    public async Task A_keyboard_only_visitor_can_buy_tickets()
    {
        var flow = new PurchaseDriver(Page);
        var buyer = Buyer.Unique();
        var keyboard = new KeyboardOnly(Page);

        await flow.Home.GotoAsync("/");
        await keyboard.ActivateAsync(flow.Home.EventCard(SandboxDemoIds.MultiPerformanceFirst + 5).GetByRole(AriaRole.Link).First);
        await Page.WaitForURLAsync("**/event/*");
        await keyboard.TabToAsync(flow.Event.Quantity(flow.Event.TicketTypes.First));
        await Page.Keyboard.PressAsync("Control+A");
        await Page.Keyboard.TypeAsync("2");
        await keyboard.ActivateAsync(flow.Event.AddToCart);

        await Page.WaitForURLAsync("**/cart");
        await flow.Cart.WaitForReadyAsync();
        await Expect(flow.Cart.Lines).ToHaveCountAsync(2);
        await keyboard.ActivateAsync(flow.Cart.GoCheckout);

        await Page.WaitForURLAsync("**/checkout");
        await flow.Checkout.WaitForReadyAsync();
        foreach (var (field, value) in new[] { ("email", buyer.Email), ("firstname", buyer.FirstName), ("lastname", buyer.LastName), ("zip", buyer.Zip) })
        {
            await keyboard.TabToAsync(flow.Checkout.Field(field));
            await Page.Keyboard.TypeAsync(value);
        }

        await keyboard.TabToAsync(flow.Checkout.PlaceOrder);
        await Page.Keyboard.PressAsync("Enter");
        await flow.Payment.WaitAsync();
        await keyboard.ActivateAsync(flow.Payment.Outcome("pay"));

        await Expect(flow.Status.Status).ToHaveAttributeAsync("data-payment-status", "paid");
    }
}
