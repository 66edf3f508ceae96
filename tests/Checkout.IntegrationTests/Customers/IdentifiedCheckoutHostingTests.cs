using System.Net;
using Checkout.IntegrationTests.Infrastructure;
using Checkout.IntegrationTests.Security;
using Checkout.Sandbox;
using Checkout.Web.Features.Customers;
using Checkout.Web.Features.Purchase;

namespace Checkout.IntegrationTests.Customers;

/// <summary>
/// Venue token links and verification tickets on the real app (over the sandbox): a new visitor id with the cart and
/// the typed details, "continue as …?" instead of replacing typed details, the limit per network; the development
/// mailbox and start-up checks.
/// </summary>
public sealed class IdentifiedCheckoutHostingTests : IDisposable
{
    private const string Secret = "integration-identity-secret-0123456789abcdef";
    private const string Known = SandboxDemoIds.KnownCustomerEmail;
    private static readonly string Event = $"event/{SandboxDemoIds.MultiPerformanceFirst + 2}";

    private readonly CheckoutWebFactory factory;
    private readonly IdentityScopes scopes;

    public IdentifiedCheckoutHostingTests()
    {
        factory = new() { Settings = new Dictionary<string, string?> { ["Identity:Secret"] = Secret, ["Customers:RateLimits:TokenLinksPerIp"] = "5" } };
        scopes = new IdentityScopes(factory);
    }

    private static DateTimeOffset Soon => DateTimeOffset.UtcNow.AddMinutes(5);

    [Fact]
    public async Task A_valid_token_gives_the_visitor_a_new_id_with_the_cart_and_typed_details_and_the_old_cookie_reaches_nothing()
    {
        // Attack: a visitor id known before verification (a shared computer, a planted cookie) would share the
        // verified identity and the cart afterwards. After verification the visitor has a new id; the old one is empty.
        using var browser = new ShopBrowser(factory);
        await AddTicketsAsync(browser, "2");
        var oldCookie = scopes.CookieOf(browser);
        var oldId = scopes.IdIn(oldCookie);
        await scopes.TypeAsync(oldId, Typed(Known, "Jan"));

        var (response, _) = await browser.GetAsync($"checkout?identity={VenueToken.Create(Secret, "demo", Known, Soon)}&x=1");

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal("/checkout?x=1", response.Headers.Location!.OriginalString);
        var newId = scopes.VisitorIdOf(browser);
        Assert.NotEqual(oldId, newId);
        Assert.Equal(SandboxDemoIds.KnownCustomer, (await scopes.IdentityOfAsync(newId))!.CustomerId);
        Assert.Null(await scopes.IdentityOfAsync(oldId));

        // The new cookie has the cart (2 of 10 held) and the typed details; the old cookie has neither.
        Assert.Equal("8", await browser.MaxPerTypeAsync(Event));
        var checkout = await browser.PageAsync("checkout");
        Assert.Equal("Jan", checkout.QuerySelector("[data-testid=firstname]")?.GetAttribute("value"));
        using var old = new ShopBrowser(factory);
        old.Cookies.Add(browser.Http.BaseAddress!, new Cookie("checkout.visitor.default", oldCookie));
        Assert.Equal("10", await old.MaxPerTypeAsync(Event));
        Assert.NotNull((await old.PageAsync("checkout")).QuerySelector("[data-testid=checkout-empty]"));
        Assert.Null((await scopes.SessionOfAsync(oldId)).Buyer);
    }

    [Theory]
    [InlineData("another secret")]
    [InlineData("expired")]
    [InlineData("valid for an hour")]
    [InlineData("for another client")]
    [InlineData("the old home-made format")]
    public async Task A_token_that_fails_validation_is_dropped_and_verifies_nobody(string kind)
    {
        var token = kind switch
        {
            "another secret" => VenueToken.Create(Secret + "x", "demo", Known, Soon),
            "expired" => VenueToken.Create(Secret, "demo", Known, DateTimeOffset.UtcNow.AddMinutes(-2)),
            "valid for an hour" => VenueToken.Create(Secret, "demo", Known, DateTimeOffset.UtcNow.AddHours(1)),
            "for another client" => VenueToken.Create(Secret, "fringe", Known, Soon),
            _ => "dmlzaXRvckBleGFtcGxlLmNvbQ.1800000000.00e39fb408cac764fa0643ef62d7d762dc349dcbd5cc47ac0160341241309a2d",
        };
        using var browser = new ShopBrowser(factory);
        await browser.PageAsync("cart");
        var id = scopes.VisitorIdOf(browser);

        var (response, _) = await browser.GetAsync($"cart?identity={token}");

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal("/cart", response.Headers.Location!.OriginalString);
        Assert.Equal(id, scopes.VisitorIdOf(browser));
        Assert.Null(await scopes.IdentityOfAsync(id));
    }

    [Fact]
    public async Task A_token_never_replaces_typed_details_it_asks_continue_as_first()
    {
        // Attack: a link with someone else's token (mailed, or planted on a page the visitor opens) silently
        // replaces what the visitor typed, so the order and its tickets go to the token's address.
        using var browser = new ShopBrowser(factory);
        await AddTicketsAsync(browser, "1");
        var id = scopes.VisitorIdOf(browser);
        await scopes.TypeAsync(id, Typed("anna@example.nl", "Anna"));

        var (response, _) = await browser.GetAsync($"checkout?identity={VenueToken.Create(Secret, "demo", Known, Soon)}");

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal(id, scopes.VisitorIdOf(browser));
        Assert.Null(await scopes.IdentityOfAsync(id));
        Assert.Equal("anna@example.nl", (await scopes.SessionOfAsync(id)).Buyer!.Email);
        var checkout = await browser.PageAsync("checkout");
        Assert.Contains(Known, checkout.QuerySelector("[data-testid=customer-continue]")!.TextContent, StringComparison.Ordinal);
        Assert.Equal("anna@example.nl", checkout.QuerySelector("[data-testid=email]")?.GetAttribute("value"));
        Assert.Equal("Anna", checkout.QuerySelector("[data-testid=firstname]")?.GetAttribute("value"));
        Assert.Empty(checkout.QuerySelectorAll("[data-testid=customer-verified]"));
    }

    [Fact]
    public async Task Token_links_are_limited_per_network_with_a_translated_page()
    {
        // Attack: every ?identity= link cost a token check and a Peppered lookup, without any limit.
        using var browser = new ShopBrowser(factory);
        await AddTicketsAsync(browser, "1");
        for (var i = 0; i < 5; i++)
        {
            Assert.Equal(HttpStatusCode.Redirect, (await browser.GetAsync($"cart?identity=bogus-{i}")).Response.StatusCode);
        }

        var (limited, body) = await browser.GetAsync($"cart?identity={VenueToken.Create(Secret, "demo", Known, Soon)}");

        Assert.Equal(HttpStatusCode.TooManyRequests, limited.StatusCode);
        Assert.True(limited.Headers.RetryAfter?.Delta > TimeSpan.Zero);
        var page = ShopBrowser.Parse(body);
        Assert.Equal("nl", page.DocumentElement.GetAttribute("lang"));
        Assert.Contains("inloglinks", page.QuerySelector("[data-testid=token-links-limited]")!.TextContent, StringComparison.Ordinal);
        Assert.Equal("/cart", page.QuerySelector("[data-testid=token-links-limited] a")!.GetAttribute("href"));
        Assert.Null(await scopes.IdentityOfAsync(scopes.VisitorIdOf(browser)));
        Assert.Equal("9", await browser.MaxPerTypeAsync(Event));
    }

    [Fact]
    public async Task A_verification_ticket_is_redeemed_only_with_the_cookie_that_verified_and_once()
    {
        using var victim = new ShopBrowser(factory);
        await AddTicketsAsync(victim, "1");
        var victimId = scopes.VisitorIdOf(victim);
        var identity = new VerifiedIdentity(Known, SandboxDemoIds.KnownCustomer, null, DateTimeOffset.UtcNow);
        var ticket = await scopes.Get<VerificationTickets>().IssueAsync(IdentityScopes.Of(victimId), identity, TestContext.Current.CancellationToken);
        using var attacker = new ShopBrowser(factory);
        await attacker.PageAsync("cart");

        Assert.Equal(HttpStatusCode.Redirect, (await attacker.GetAsync($"checkout?verified={ticket}")).Response.StatusCode);
        Assert.Null(await scopes.IdentityOfAsync(scopes.VisitorIdOf(attacker)));

        var (response, _) = await victim.GetAsync($"checkout?verified={ticket}");
        Assert.Equal("/checkout", response.Headers.Location!.OriginalString);
        var renewed = scopes.VisitorIdOf(victim);
        Assert.NotEqual(victimId, renewed);
        Assert.Equal(Known, (await scopes.IdentityOfAsync(renewed))!.Email);
        await victim.GetAsync($"checkout?verified={ticket}");
        Assert.Equal(renewed, scopes.VisitorIdOf(victim));
    }

    [Fact]
    public async Task The_development_mailbox_is_served_with_the_sandbox()
    {
        using var response = await factory.CreateClient().GetAsync("/dev/mailbox", TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("Development mailbox", await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("VoordeMensen:BaseUrl", "https://api.voordemensen.invalid/")]
    [InlineData("Mail:Host", "smtp.example.invalid")]
    public async Task The_development_mailbox_does_not_exist_with_a_real_VdM_or_SMTP(string key, string value)
    {
        using var real = new CheckoutWebFactory { Settings = new Dictionary<string, string?> { [key] = value } };

        using var response = await real.CreateClient().GetAsync("/dev/mailbox", TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }

    [Theory]
    [InlineData("Clients:fringe:Identity:Secret", "short", "Clients:fringe:Identity:Secret")]
    [InlineData("Customers:RateLimits:AttemptsPerEmailPerDay", "5", "Customers:RateLimits:AttemptsPerEmailPerDay")]
    [InlineData("Customers:RateLimits:TokenLinksPerIp", "0", "Customers:RateLimits:TokenLinksPerIp")]
    public void A_bad_setting_stops_start_up_naming_the_key(string key, string value, string named)
    {
        var failure = StartupFailures.Of(new Dictionary<string, string?> { [key] = value });

        Assert.Contains(named, failure.Message, StringComparison.Ordinal);
    }

    public void Dispose()
    {
        scopes.Dispose();
        factory.Dispose();
    }

    private static Buyer Typed(string email, string firstName) => new() { Email = email, FirstName = firstName, LastName = "Jansen" };

    private static async Task AddTicketsAsync(ShopBrowser browser, string quantity)
    {
        var page = await browser.PageAsync(Event);
        var (added, _) = await browser.PostFormAsync(Event, page, ShopBrowser.FirstQuantity(quantity));
        Assert.Equal(HttpStatusCode.Redirect, added.StatusCode);
    }
}
