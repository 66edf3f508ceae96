using Checkout.E2ETests.Infrastructure;
using Checkout.E2ETests.Infrastructure.PageObjects;
using Checkout.Sandbox;
using Microsoft.Extensions.DependencyInjection;
using static Microsoft.Playwright.Assertions;

namespace Checkout.E2ETests.Flow;

/// <summary>
/// What reaches VdM, counted at the sandbox. Each test runs its own app so that no other test's traffic and no warm
/// cache blurs the count.
/// </summary>
public sealed class UpstreamBudgetTests(BrowserFixture browser) : IAsyncLifetime
{
    private const int MaxUpstreamCallsPerPurchase = 9;

    /// <summary>
    /// The paid page's hall address (issue 20) is not part of buying: one lookup per client per half hour, whatever
    /// the number of purchases, so it is bounded on its own and the buying flow keeps its budget of nine.
    /// </summary>
    private const string HallLookup = "peppered.hall";

    private CheckoutAppFixture? app;
    private BrowserSession? session;

    private SandboxRequestStats Stats => app!.Services.GetRequiredService<SandboxRequestStats>();

    public async ValueTask InitializeAsync()
    {
        app = await CheckoutAppFixture.StartAsync(new Dictionary<string, string?>());
        session = await browser.NewSessionAsync(app.BaseAddress);
    }

    [Fact(Timeout = BrowserFixture.TestTimeoutMs)]
    public async Task A_full_purchase_with_cold_caches_makes_at_most_nine_upstream_calls()
    {
        Stats.Reset();

        await new PurchaseDriver(session!.Page).BuyAsync(SandboxDemoIds.MultiPerformanceFirst + 6, 2, Buyer.Unique());

        var calls = UpstreamCalls();
        TestContext.Current.TestOutputHelper?.WriteLine(string.Join(", ", calls.Select(c => $"{c.Key}={c.Value}")));
        var buying = calls.Where(c => c.Key != HallLookup).Sum(c => c.Value);
        Assert.True(buying <= MaxUpstreamCallsPerPurchase,
            $"{buying} upstream calls: {string.Join(", ", calls.Select(c => $"{c.Key}={c.Value}"))}");
        Assert.InRange(calls.GetValueOrDefault(HallLookup), 0, 1);
        Assert.Equal(1, calls.GetValueOrDefault("order.create"));
    }

    [Fact(Timeout = BrowserFixture.TestTimeoutMs)]
    public async Task A_double_clicked_place_order_creates_exactly_one_order()
    {
        var flow = new PurchaseDriver(session!.Page);
        await flow.FillCartAsync(SandboxDemoIds.MultiPerformanceFirst + 7, 1);
        await flow.Cart.GoCheckout.ClickAsync();
        await session.Page.WaitForURLAsync("**/checkout");
        await flow.Checkout.WaitForReadyAsync();
        await flow.Checkout.FillBuyerAsync(Buyer.Unique());
        Stats.Reset();

        // Both clicks are dispatched before Blazor can re-render the button as disabled, so both reach the server.
        await flow.Checkout.PlaceOrder.EvaluateAsync("button => { button.click(); button.click(); }");
        await flow.Payment.WaitAsync();
        await flow.PayAsync("pay", "paid");

        Assert.Equal(1, Stats.Count(SandboxDemoIds.DemoClient, "order.create"));
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

    /// <summary>Calls the shop made to VdM; the browser's own visits to the payment simulator are not ours.</summary>
    private Dictionary<string, long> UpstreamCalls() =>
        Stats.Snapshot().GetValueOrDefault(SandboxDemoIds.DemoClient)?
            .Where(c => !c.Key.StartsWith("pay.", StringComparison.Ordinal) && c.Key is not ("ticket.document" or "ticket.receipt"))
            .ToDictionary(c => c.Key, c => c.Value) ?? [];
}
