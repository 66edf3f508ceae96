using System.Net.Http.Json;
using System.Text.Json;
using Checkout.E2ETests.Infrastructure;
using Checkout.E2ETests.Infrastructure.PageObjects;
using Checkout.Sandbox;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace Checkout.E2ETests.Customers;

/// <summary>
/// A known customer verifies with the code from the development mailbox or arrives with a venue token, gets a new
/// visitor id (the old cookie reaches nothing), sees earlier orders and buys prefilled; the token opens My tickets too. Its own app: tokens need a secret.
/// </summary>
public sealed class IdentifiedCheckoutTests(BrowserFixture browser) : IAsyncLifetime
{
    private const string PepperedKey = "sandbox-demo-key";
    private const string Secret = "e2e-identity-secret-0123456789abcdef-ghij";

    private CheckoutAppFixture? app;
    private BrowserSession? session;

    private IPage Page => session!.Page;

    public async ValueTask InitializeAsync()
    {
        app = await CheckoutAppFixture.StartAsync(new Dictionary<string, string?> { ["Identity:Secret"] = Secret });
        session = await browser.NewSessionAsync(app.BaseAddress);
    }

    // The step joins the checkout form, whose first button (for Enter without JavaScript) only keeps the details:
    // js/checkout-page.js makes Enter in the address field send the code, and the details typed so far come along.
    [Fact(Timeout = BrowserFixture.TestTimeoutMs)]
    public async Task Enter_in_the_address_field_asks_for_the_code_and_keeps_the_details_typed_so_far()
    {
        var flow = new PurchaseDriver(Page);
        var customer = new CustomerStep(Page);
        await flow.FillCartAsync(SandboxDemoIds.MultiPerformanceFirst + 4, 1);
        await flow.Cart.GoCheckout.ClickAsync();
        await Page.WaitForURLAsync("**/checkout");
        await flow.Checkout.WaitForReadyAsync();
        await flow.Checkout.Field("firstname").FillAsync("Anna");
        await flow.Checkout.Field("zip").FillAsync("12");

        await customer.LookupEmail.FillAsync(SandboxDemoIds.KnownCustomerEmail);
        await customer.LookupEmail.PressAsync("Enter");

        await Expect(customer.CodeSent).ToBeVisibleAsync();
        await Expect(flow.Checkout.Field("firstname")).ToHaveValueAsync("Anna");
        await Expect(flow.Checkout.Field("zip")).ToHaveValueAsync("12");
        await Expect(Page.GetByTestId("buyer-errors")).ToHaveCountAsync(0);
    }

    [Fact(Timeout = BrowserFixture.TestTimeoutMs)]
    public async Task A_verified_customer_buys_prefilled_sees_earlier_orders_and_the_order_is_theirs()
    {
        var leaks = new KeyScanner(Page, PepperedKey);
        var flow = new PurchaseDriver(Page);
        var customer = new CustomerStep(Page);
        var earlier = (await CustomerOrderKeysAsync()).Count;
        Assert.True(earlier > 0, "The sandbox seeds earlier orders for its known customer.");

        await flow.FillCartAsync(SandboxDemoIds.MultiPerformanceFirst + 3, 1);
        await flow.Cart.GoCheckout.ClickAsync();
        await Page.WaitForURLAsync("**/checkout");
        await flow.Checkout.WaitForReadyAsync();
        await Expect(customer.Orders).ToHaveCountAsync(0);
        var before = await VisitorCookieAsync();

        await customer.VerifyWithMailboxCodeAsync(SandboxDemoIds.KnownCustomerEmail);

        await Expect(flow.Checkout.Field("email")).ToHaveValueAsync(SandboxDemoIds.KnownCustomerEmail);
        await Expect(flow.Checkout.Field("firstname")).ToHaveValueAsync("Jane");
        await Expect(flow.Checkout.Field("lastname")).ToHaveValueAsync("Doe");
        await Expect(customer.Orders).ToBeVisibleAsync();
        await Expect(customer.Order).ToHaveCountAsync(Math.Min(earlier, 10));
        await AssertOldCookieReachesNothingAsync(before);

        await flow.Checkout.PaymentMethod(33).ClickAsync();
        await flow.Checkout.PlaceOrder.ClickAsync();
        await flow.Payment.WaitAsync();
        var statusUrl = await flow.PayAsync("pay", "paid");

        // VdM sends the buyer back to order/return?return=<order_key>.
        var orderKey = System.Web.HttpUtility.ParseQueryString(new Uri(statusUrl).Query)["return"];
        Assert.Contains(orderKey!, await CustomerOrderKeysAsync());
        await leaks.AssertCleanAsync();
    }

    [Fact(Timeout = BrowserFixture.TestTimeoutMs)]
    public async Task A_venue_token_link_identifies_the_visitor_once_and_leaves_the_address_bar()
    {
        var flow = new PurchaseDriver(Page);
        var customer = new CustomerStep(Page);
        await flow.FillCartAsync(SandboxDemoIds.MultiPerformanceFirst + 4, 1);
        var before = await VisitorCookieAsync();
        var token = VenueToken.Create(Secret, "demo", SandboxDemoIds.KnownCustomerEmail, DateTimeOffset.UtcNow.AddMinutes(5));

        await Page.GotoAsync($"checkout?identity={token}");

        await Page.WaitForURLAsync(url => new Uri(url).PathAndQuery == "/checkout");
        await flow.Checkout.WaitForReadyAsync();
        await Expect(customer.Verified).ToContainTextAsync(SandboxDemoIds.KnownCustomerEmail);
        await Expect(flow.Checkout.Field("firstname")).ToHaveValueAsync("Jane");
        await Expect(customer.Orders).ToBeVisibleAsync();
        await AssertOldCookieReachesNothingAsync(before);

        // The same link again (history, a forwarded mail) identifies nobody: its jti was used.
        await customer.SignOut.ClickAsync();
        await Expect(customer.Verified).ToHaveCountAsync(0);
        await Page.GotoAsync($"checkout?identity={token}");
        await flow.Checkout.WaitForReadyAsync();
        await Expect(customer.LookupEmail).ToBeVisibleAsync();
        await Expect(customer.Verified).ToHaveCountAsync(0);
    }

    [Fact(Timeout = BrowserFixture.TestTimeoutMs)]
    public async Task A_venue_token_opens_My_tickets_with_the_customers_orders_and_nobody_elses()
    {
        var leaks = new KeyScanner(Page, PepperedKey);
        var mine = new MyTicketsPage(Page);
        var theirs = await CustomerOrderKeysAsync();
        var token = VenueToken.Create(Secret, "demo", SandboxDemoIds.KnownCustomerEmail, DateTimeOffset.UtcNow.AddMinutes(5));

        await Page.GotoAsync($"my-tickets?identity={token}");

        await Page.WaitForURLAsync(url => new Uri(url).PathAndQuery == "/my-tickets");
        await mine.WaitForReadyAsync();
        await Expect(mine.Step.Verified).ToContainTextAsync(SandboxDemoIds.KnownCustomerEmail);
        await Expect(mine.Orders.First).ToBeVisibleAsync();
        var shown = await mine.Orders.EvaluateAllAsync<string[]>("orders => orders.map(o => o.dataset.orderKey)");
        Assert.NotEmpty(shown);
        Assert.All(shown, key => Assert.Contains(key, theirs));
        Assert.All(await mine.Orders.EvaluateAllAsync<string[]>("orders => orders.map(o => o.dataset.orderStatus)"), Assert.NotEmpty);
        await leaks.AssertCleanAsync();
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

    private async Task<BrowserContextCookiesResult> VisitorCookieAsync() =>
        (await Page.Context.CookiesAsync()).Single(c => c.Name == "checkout.visitor.default");

    /// <summary>A new visitor id after verification: the cookie changed, and the old one shows an empty checkout.</summary>
    private async Task AssertOldCookieReachesNothingAsync(BrowserContextCookiesResult before)
    {
        Assert.NotEqual(before.Value, (await VisitorCookieAsync()).Value);
        var other = await browser.NewSessionAsync(app!.BaseAddress);
        try
        {
            await other.Context.AddCookiesAsync([new Cookie
            {
                Name = before.Name, Value = before.Value, Domain = before.Domain, Path = before.Path, HttpOnly = before.HttpOnly, SameSite = before.SameSite,
            }]);
            await other.Page.GotoAsync("checkout");
            await Expect(other.Page.GetByTestId("checkout-empty")).ToBeVisibleAsync();
        }
        finally
        {
            await other.CloseAfterTestAsync();
        }
    }

    /// <summary>Order keys of the sandbox's known customer, read over Peppered as the venue would.</summary>
    private async Task<List<string>> CustomerOrderKeysAsync()
    {
        using var http = new HttpClient { BaseAddress = new Uri(app!.BaseAddress, "sandbox/v1/demo/peppered/") };
        http.DefaultRequestHeaders.TryAddWithoutValidation("Authorization", PepperedKey);
        var orders = await http.GetFromJsonAsync<JsonElement>("order", TestContext.Current.CancellationToken);
        return [.. orders.EnumerateArray()
            .Where(o => o.GetProperty("customerId").ValueKind == JsonValueKind.Number && o.GetProperty("customerId").GetInt32() == SandboxDemoIds.KnownCustomer)
            .Select(o => o.GetProperty("orderKey").GetString()!)];
    }
}

/// <summary>Checks every HTTP response (headers and body) and every WebSocket frame the page receives for a secret.</summary>
public sealed class KeyScanner
{
    private readonly List<Task<string?>> checks = [];
    private readonly List<string> frameLeaks = [];
    private readonly string secret;

    public KeyScanner(IPage page, string secret)
    {
        this.secret = secret;
        page.Context.Response += (_, response) => { lock (checks) { checks.Add(CheckAsync(response)); } };
        page.WebSocket += (_, socket) => socket.FrameReceived += (_, frame) =>
        {
            if ((frame.Text ?? "").Contains(secret, StringComparison.Ordinal))
            {
                lock (frameLeaks) { frameLeaks.Add(socket.Url); }
            }
        };
    }

    public int Scanned { get; private set; }

    public async Task AssertCleanAsync()
    {
        Task<string?>[] all;
        lock (checks) { all = [.. checks]; }
        var leaks = (await Task.WhenAll(all)).Where(l => l is not null).ToList();
        Scanned = all.Length;
        Assert.True(Scanned > 10, $"Only {Scanned} responses were scanned.");
        Assert.Empty(leaks);
        Assert.Empty(frameLeaks);
    }

    private async Task<string?> CheckAsync(IResponse response)
    {
        var headers = await response.AllHeadersAsync();
        if (headers.Any(h => h.Value.Contains(secret, StringComparison.Ordinal)))
        {
            return $"header of {response.Url}";
        }

        try
        {
            var body = await response.BodyAsync();
            return System.Text.Encoding.UTF8.GetString(body).Contains(secret, StringComparison.Ordinal) ? $"body of {response.Url}" : null;
        }
        catch (PlaywrightException)
        {
            // Redirects and bodies the browser already dropped have nothing to read.
            return null;
        }
    }
}
