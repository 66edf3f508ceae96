using System.Globalization;
using Checkout.E2ETests.Infrastructure;
using Checkout.E2ETests.Infrastructure.PageObjects;
using Checkout.Sandbox;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace Checkout.E2ETests.Flow;

/// <summary>
/// A visitor leaves during payment and comes back through the status link in the browser's history after the
/// payment window has passed. The app and its sandbox share one <see cref="LaterClock"/>, moved forward past the
/// sandbox's hold (<see cref="HoldMinutes"/>): the page says what happened — paid after all, or not completed with a
/// one-click retry that gets the same tickets — never a silent loss.
/// </summary>
public sealed class LateReturnTests(BrowserFixture browser) : IAsyncLifetime
{
    private const int HoldMinutes = 15;
    private const int Tickets = 2;

    /// <summary>"Pay later" is booked one minute after the reservation ran out.</summary>
    private static readonly int PayLaterSeconds = (HoldMinutes + 1) * 60;

    private static readonly TimeSpan ComeBackAfter = TimeSpan.FromMinutes(HoldMinutes + 5);

    private readonly LaterClock clock = new();
    private CheckoutAppFixture? app;
    private BrowserSession? session;

    public async ValueTask InitializeAsync()
    {
        app = await CheckoutAppFixture.StartAsync(
            new Dictionary<string, string?>
            {
                ["Sandbox:HoldMinutes"] = HoldMinutes.ToString(CultureInfo.InvariantCulture),
                ["Sandbox:PayLaterSeconds"] = PayLaterSeconds.ToString(CultureInfo.InvariantCulture),
            },
            services: s => s.AddSingleton<TimeProvider>(clock));
        session = await browser.NewSessionAsync(app.BaseAddress);
    }

    [Fact(Timeout = BrowserFixture.TestTimeoutMs)]
    public async Task Never_paid_the_order_is_shown_as_not_completed_and_one_click_reserves_the_same_tickets()
    {
        var key = await LeaveDuringPaymentAsync(pressOnPaymentPage: null);

        clock.Advance(ComeBackAfter);
        var page = await session!.Context.NewPageAsync();
        await page.GotoAsync($"order/return?return={key}");

        var flow = new PurchaseDriver(page);
        await Expect(flow.Status.Status).ToHaveAttributeAsync("data-payment-status", "cancelled");
        await Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync("Your order was not completed");
        await Expect(page.GetByText("Nothing was charged")).ToBeVisibleAsync();
        await flow.Status.WaitForReadyAsync();

        await flow.Status.Retry.ClickAsync();
        await page.WaitForURLAsync("**/checkout");
        await flow.Checkout.WaitForReadyAsync();
        // The buyer's details came back with the session; the same tickets are held again and can be bought.
        await Expect(flow.Checkout.Field("email")).Not.ToHaveValueAsync("");
        await flow.Checkout.PaymentMethod(33).ClickAsync();
        await flow.Checkout.PlaceOrder.ClickAsync();
        await flow.Payment.WaitAsync();
        await flow.PayAsync("pay", "paid");
        await Expect(page.GetByTestId("order-ticket-count")).ToContainTextAsync(Tickets.ToString(CultureInfo.InvariantCulture));
    }

    [Fact(Timeout = BrowserFixture.TestTimeoutMs)]
    public async Task Paid_after_the_window_the_paid_order_is_shown_not_a_cancel()
    {
        // The provider takes the payment but books it only after the reservation ran out.
        var key = await LeaveDuringPaymentAsync(pressOnPaymentPage: "later");

        clock.Advance(ComeBackAfter);
        var page = await session!.Context.NewPageAsync();
        await page.GotoAsync($"order/return?return={key}");

        await Expect(page.GetByTestId("order-status")).ToHaveAttributeAsync("data-payment-status", "paid");
        await Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync("Thank you for your order!");
        await Expect(page.GetByTestId("order-ticket-count")).ToContainTextAsync(Tickets.ToString(CultureInfo.InvariantCulture));
        await Expect(page.GetByTestId("order-tickets")).ToBeVisibleAsync();
    }

    public async ValueTask DisposeAsync()
    {
        if (session is not null)
        {
            await session.CloseAfterTestAsync();
        }

        if (app is not null)
        {
            await app.DisposeAsync();
        }
    }

    /// <summary>Buys up to the payment page, optionally presses an outcome there, and closes the tab. Returns the order key.</summary>
    private async Task<string> LeaveDuringPaymentAsync(string? pressOnPaymentPage)
    {
        var flow = new PurchaseDriver(session!.Page);
        await flow.FillCartAsync(SandboxDemoIds.MultiPerformanceFirst + 3, Tickets);
        await flow.CheckOutAsync(Buyer.Unique(), paymentId: 33);
        var key = new Uri(session.Page.Url).Segments[^1].TrimEnd('/');
        if (pressOnPaymentPage is { } outcome)
        {
            await flow.Payment.Outcome(outcome).ClickAsync();
            await Expect(flow.Status.Status).ToHaveAttributeAsync("data-payment-status", "pending");
        }

        await session.Page.CloseAsync();
        return key;
    }
}
