using Checkout.E2ETests.Infrastructure;
using Checkout.E2ETests.Infrastructure.PageObjects;
using Checkout.Sandbox;
using Checkout.Sandbox.Faults;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace Checkout.E2ETests.Security;

/// <summary>
/// Every kind of upstream fault on the interactive steps, in a real browser, injected through the sandbox's admin
/// endpoints: the cart page's cart read, the checkout page's payment methods and the order create. A fault the shop
/// absorbs (a 503 once on a GET is retried; a slow answer within the timeout just works) is never shown. Any other
/// gives a translated message with a way to retry, the cart and the typed buyer details are kept, the retry works
/// once the fault is cleared, and an order create is sent exactly once per click. The browser asks for English
/// (Playwright's default locale), so the messages are checked in English. Each case runs its own app: a cold
/// payment-methods cache, its own sandbox counters, and short VdM timeouts so a hang ends within seconds.
/// </summary>
public sealed class InteractiveFaultTests(BrowserFixture browser) : IAsyncLifetime
{
    /// <summary>Steps × fault kinds below; cited in docs/security.md.</summary>
    public const int FaultsInjected = 21;

    private const int MaxGetAttempts = 4;
    private const int PaymentId = 33;
    private const int Tickets = 2;

    private static readonly string[] Steps = ["cart.get", "paymentmethods", "order.create"];

    private CheckoutAppFixture? app;
    private BrowserSession? session;
    private SandboxAdmin? admin;

    private IPage Page => session!.Page;

    private SandboxAdmin Admin => admin!;

    public static TheoryData<string, FaultKind, int, int?> Cases() => UpstreamFaults.OnEach(Steps);

    public async ValueTask InitializeAsync()
    {
        app = await CheckoutAppFixture.StartAsync(new Dictionary<string, string?>
        {
            // Short enough that a hang fails within the assertions' 15 s, long enough that the healthy calls of the
            // same run (the order that must succeed afterwards) never time out on a busy machine.
            ["VoordeMensen:AttemptTimeoutSeconds"] = "3",
            ["VoordeMensen:TotalTimeoutSeconds"] = "8",
        });
        admin = new SandboxAdmin(app.BaseAddress);
        session = await browser.NewSessionAsync(app.BaseAddress);
    }

    [Fact]
    public void The_documented_count_matches_the_cases() => Assert.Equal(FaultsInjected, Cases().Count);

    [Theory(Timeout = BrowserFixture.TestTimeoutMs)]
    [MemberData(nameof(Cases))]
    public async Task A_fault_on_an_interactive_step_shows_a_translated_retry_and_keeps_cart_and_details(string step, FaultKind kind, int value, int? count)
    {
        var flow = new PurchaseDriver(Page);
        var buyer = Buyer.Unique();
        await flow.FillCartAsync(SandboxDemoIds.MultiPerformanceFirst + 2, Tickets);
        // A POST is never repeated, so only the GETs can absorb a passing 503.
        var absorbed = kind == FaultKind.Latency || (count is not null && step != "order.create");
        // The attempts an absorbed fault costs: the retry after the 503, or the one slow call.
        var absorbedAttempts = count is null ? 1 : 2;

        switch (step)
        {
            case "cart.get":
                await FailAsync(step, kind, value, count);
                await Page.ReloadAsync();
                await flow.Cart.WaitForReadyAsync();
                if (absorbed)
                {
                    // The lines replace the loading text only once the cart read has ended.
                    await Expect(flow.Cart.Lines).ToHaveCountAsync(Tickets);
                    await Expect(Page.GetByTestId("cart-error")).ToHaveCountAsync(0);
                    Assert.Equal(absorbedAttempts, await Admin.CountAsync(step));
                }
                else
                {
                    await Expect(Page.GetByTestId("cart-error")).ToContainTextAsync("We can't load your cart right now. Nothing was lost.");
                    Assert.InRange(await Admin.CountAsync(step), 1, MaxGetAttempts);

                    await Admin.ClearFaultsAsync();
                    await Page.GetByTestId("cart-retry").ClickAsync();
                    await Expect(flow.Cart.Lines).ToHaveCountAsync(Tickets);
                }

                await GoToCheckoutAsync(flow, buyer);
                break;

            case "paymentmethods":
                await FailAsync(step, kind, value, count);
                await GoToCheckoutAsync(flow, buyer, pickMethod: absorbed);
                if (absorbed)
                {
                    await Expect(Page.GetByTestId("payment-methods-error")).ToHaveCountAsync(0);
                    // Loaded once for the prerender; the circuit reads the cached list.
                    Assert.Equal(absorbedAttempts, await Admin.CountAsync(step));
                    break;
                }

                var error = Page.GetByTestId("payment-methods-error");
                await Expect(error).ToContainTextAsync("The payment methods cannot be loaded right now. Your details stay as they are");
                await Expect(flow.Checkout.PlaceOrder).ToBeDisabledAsync();
                // The prerender and the circuit each load the methods once, each within the GET budget.
                Assert.InRange(await Admin.CountAsync(step), 1, 2 * MaxGetAttempts);

                await Admin.ClearFaultsAsync();
                await Page.GetByTestId("payment-methods-retry").ClickAsync();
                await flow.Checkout.PaymentMethod(PaymentId).ClickAsync();
                break;

            case "order.create" when absorbed:
                // A slow order create within the timeout: the first click reaches the payment page (checked below).
                await GoToCheckoutAsync(flow, buyer);
                await FailAsync(step, kind, value, count);
                break;

            case "order.create":
                await GoToCheckoutAsync(flow, buyer);
                await FailAsync(step, kind, value, count);
                await flow.Checkout.PlaceOrder.ClickAsync();
                await Expect(flow.Checkout.Error).ToContainTextAsync("The ticket system is not responding right now. Nothing was ordered and your details stay as they are");
                await Expect(flow.Checkout.PlaceOrder).ToBeEnabledAsync();
                // Longer than a retry's back-off: nothing sends the order again behind the visitor's back, not even
                // after a 503 that would have passed.
                await Page.WaitForTimeoutAsync(2_000);
                Assert.Equal(1, await Admin.CountAsync(step));
                await Admin.ClearFaultsAsync();
                break;
        }

        await AssertBuyerKeptAsync(flow.Checkout, buyer);
        await Expect(Page.GetByTestId("summary-line").First).ToBeVisibleAsync();
        await Admin.ResetStatsAsync();

        // The retry (or the first attempt after a recovered earlier step) reaches the payment page with one order create.
        await flow.Checkout.PlaceOrder.ClickAsync();
        await flow.Payment.WaitAsync();
        Assert.Equal(1, await Admin.CountAsync("order.create"));
        await flow.PayAsync("pay", "paid");
        // The order holds the cart as it was before the fault.
        await Expect(Page.GetByTestId("order-ticket-count")).ToContainTextAsync(Tickets.ToString(System.Globalization.CultureInfo.InvariantCulture));
    }

    public async ValueTask DisposeAsync()
    {
        if (session is not null)
        {
            await session.CloseAfterTestAsync();
        }

        admin?.Dispose();
        if (app is not null)
        {
            await app.DisposeAsync();
        }
    }

    private async Task FailAsync(string step, FaultKind kind, int value, int? count)
    {
        await Admin.FailAsync(step, kind, value, count);
        await Admin.ResetStatsAsync();
    }

    private async Task GoToCheckoutAsync(PurchaseDriver flow, Buyer buyer, bool pickMethod = true)
    {
        await flow.Cart.GoCheckout.ClickAsync();
        await Page.WaitForURLAsync("**/checkout");
        await flow.Checkout.WaitForReadyAsync();
        await flow.Checkout.FillBuyerAsync(buyer);
        if (pickMethod)
        {
            await flow.Checkout.PaymentMethod(PaymentId).ClickAsync();
        }
    }

    private static async Task AssertBuyerKeptAsync(CheckoutFormPage checkout, Buyer buyer)
    {
        foreach (var (field, typed) in new[] { ("email", buyer.Email), ("firstname", buyer.FirstName), ("lastname", buyer.LastName), ("zip", buyer.Zip), ("city", buyer.City) })
        {
            await Expect(checkout.Field(field)).ToHaveValueAsync(typed);
        }
    }
}
