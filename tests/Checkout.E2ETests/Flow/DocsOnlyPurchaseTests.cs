using System.Text.RegularExpressions;
using Checkout.E2ETests.Infrastructure;
using Checkout.E2ETests.Infrastructure.PageObjects;
using Checkout.Sandbox;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace Checkout.E2ETests.Flow;

/// <summary>
/// The purchase in a real browser against a sandbox that does only what VdM documents (<c>Sandbox:DocsOnly</c>):
/// Peppered does not know the public cart (no donation offer, the configured hold), unpaid orders are never cancelled
/// by the clock. VdM's group-discount total is what the cart and checkout show, and an order left unpaid past the
/// payment window gets the one-click retry. The app and its sandbox share a <see cref="LaterClock"/>.
/// </summary>
public sealed class DocsOnlyPurchaseTests(BrowserFixture browser) : IAsyncLifetime
{
    private readonly LaterClock clock = new();
    private CheckoutAppFixture? app;
    private BrowserSession? session;

    public async ValueTask InitializeAsync()
    {
        app = await CheckoutAppFixture.StartAsync(
            new Dictionary<string, string?> { ["Sandbox:DocsOnly"] = "true" },
            services: s => s.AddSingleton<TimeProvider>(clock));
        session = await browser.NewSessionAsync(app.BaseAddress);
    }

    [Fact(Timeout = BrowserFixture.TestTimeoutMs)]
    public async Task Four_tickets_with_vdms_group_discount_are_bought_and_paid_without_a_donation_offer()
    {
        var page = session!.Page;
        var flow = new PurchaseDriver(page);

        await flow.FillCartAsync(SandboxDemoIds.GroupDiscount, 4);

        // 4 × 22.50 in seat prices, VdM's totalprice 81.00; the credit card adds 1.50.
        await Expect(flow.Cart.Total).ToHaveTextAsync(Amount("81"));
        await Expect(page.GetByTestId("donation")).ToHaveCountAsync(0);
        await Expect(flow.Cart.Timer).ToHaveTextAsync(new Regex("^1[45]:[0-5][0-9]$"));
        await flow.Cart.GoCheckout.ClickAsync();
        await page.WaitForURLAsync("**/checkout");
        await flow.Checkout.WaitForReadyAsync();
        await flow.Checkout.FillBuyerAsync(Buyer.Unique());
        await flow.Checkout.PaymentMethod(SandboxDemoIds.CreditCardWithSurcharge).ClickAsync();
        await Expect(flow.Checkout.Total).ToHaveTextAsync(Amount("82.50"));
        await flow.Checkout.PlaceOrder.ClickAsync();
        await flow.Payment.WaitAsync();
        await flow.PayAsync("pay", "paid");

        await Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync("Thank you for your order!");
        await Expect(flow.Status.Tickets).ToBeVisibleAsync();
    }

    [Fact(Timeout = BrowserFixture.TestTimeoutMs)]
    public async Task An_order_left_unpaid_past_the_window_offers_the_retry_and_sells_the_same_tickets()
    {
        var flow = new PurchaseDriver(session!.Page);
        await flow.FillCartAsync(SandboxDemoIds.MultiPerformanceFirst + 6, 2);
        await flow.CheckOutAsync(Buyer.Unique(), paymentId: SandboxDemoIds.Ideal);
        var key = new Uri(session.Page.Url).Segments[^1].TrimEnd('/');
        await session.Page.CloseAsync();

        clock.Advance(TimeSpan.FromMinutes(20));
        var page = await session.Context.NewPageAsync();
        var status = new PurchaseDriver(page);
        await page.GotoAsync($"order/{key}");

        await Expect(status.Status.Status).ToHaveAttributeAsync("data-outcome", "unpaid");
        await Expect(status.Status.Status).ToHaveAttributeAsync("data-payment-status", "pending");
        await Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync("Your payment was not completed in time");
        await status.Status.WaitForReadyAsync();
        await status.Status.Retry.ClickAsync();
        await page.WaitForURLAsync("**/checkout");
        await status.Checkout.WaitForReadyAsync();
        await status.Checkout.PlaceOrder.ClickAsync();
        await status.Payment.WaitAsync();
        await status.PayAsync("pay", "paid");
        await Expect(page.GetByTestId("order-ticket-count")).ToContainTextAsync("2");
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

    /// <summary>An amount in euros in either language's notation (81.00 / 81,00).</summary>
    private static Regex Amount(string euros) => new($"^€\\s?{euros.Replace(".", "[.,]", StringComparison.Ordinal)}([.,]00)?$");
}
