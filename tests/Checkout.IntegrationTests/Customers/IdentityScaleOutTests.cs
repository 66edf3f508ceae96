using System.Net;
using System.Text.RegularExpressions;
using Checkout.IntegrationTests.Infrastructure;
using Checkout.IntegrationTests.Security;
using Checkout.Sandbox;
using Checkout.Web.Features.Customers;

namespace Checkout.IntegrationTests.Customers;

/// <summary>
/// Two app instances behind one Redis (the second uses the first one's sandbox as its VdM): code attempts, a code's
/// five tries and a token's single use are counted once for both, as a load balancer would spread an attacker.
/// </summary>
public sealed partial class IdentityScaleOutTests(RedisServer redis) : IClassFixture<RedisServer>, IDisposable
{
    private const string Secret = "integration-identity-secret-0123456789abcdef";

    private readonly List<IDisposable> owned = [];

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Code_attempts_on_two_instances_are_counted_together_and_the_address_then_waits()
    {
        // Attack: spread guesses over the instances behind the load balancer; each counted only its own (10 per
        // instance per 15 minutes). Now the 11th attempt for one address is refused on either instance.
        var (first, second) = Start();
        const string victim = "victim@example.com";

        for (var i = 0; i < 10; i++)
        {
            var instance = i % 2 == 0 ? first : second;
            Assert.Equal(VerifyOutcome.Expired, await instance.Visitor($"bot-{i}", ip: $"10.2.0.{i}").VerifyCodeAsync(victim, "000000", Ct));
        }

        var refused = second.Visitor("bot-x", ip: "10.2.1.1");
        Assert.Equal(VerifyOutcome.Limited, await refused.VerifyCodeAsync(victim, "000000", Ct));
        Assert.InRange(refused.RetryAfter, TimeSpan.FromMinutes(14), TimeSpan.FromMinutes(15));
        Assert.Equal(VerifyOutcome.Limited, await first.Visitor("bot-y", ip: "10.2.1.2").VerifyCodeAsync(victim, "000000", Ct));
    }

    [Fact]
    public async Task A_codes_five_tries_hold_when_both_instances_guess_at_once()
    {
        // Attack: guess in parallel on both instances; a read-modify-write counter per instance lets more than five
        // guesses through. Counted atomically in Redis, exactly four wrong guesses are answered as such.
        var (first, second) = Start(new Dictionary<string, string?> { ["Customers:RateLimits:AttemptsPerEmail"] = "100", ["Customers:RateLimits:AttemptsPerEmailPerDay"] = "100" });
        const string email = "guessed@example.com";
        Assert.Equal(LookupOutcome.Sent, await first.Visitor("visitor").RequestCodeAsync(email, Ct));
        var code = await CodeFromMailboxAsync(first, email);
        var wrong = code == "000000" ? "000001" : "000000";

        var guesses = await Task.WhenAll(Enumerable.Range(0, 16).Select(i =>
            (i % 2 == 0 ? first : second).Visitor("visitor", ip: $"10.3.0.{i}").VerifyCodeAsync(email, wrong, Ct)));

        Assert.Equal(OneTimeCodeStore.MaxAttempts - 1, guesses.Count(g => g == VerifyOutcome.Wrong));
        Assert.Equal(VerifyOutcome.TooManyAttempts, await second.Visitor("visitor").VerifyCodeAsync(email, code, Ct));
    }

    [Fact]
    public async Task A_code_verifies_on_the_other_instance_only_for_the_visitor_who_asked()
    {
        // Attack: a second visitor (another browser) confirms the code the first one asked for.
        var (first, second) = Start();
        Assert.Equal(LookupOutcome.Sent, await first.Visitor("asker").RequestCodeAsync(SandboxDemoIds.KnownCustomerEmail, Ct));
        var code = await CodeFromMailboxAsync(first, SandboxDemoIds.KnownCustomerEmail);

        Assert.Equal(VerifyOutcome.Expired, await second.Visitor("other").VerifyCodeAsync(SandboxDemoIds.KnownCustomerEmail, code, Ct));
        var asker = second.Visitor("asker");
        Assert.Equal(VerifyOutcome.Verified, await asker.VerifyCodeAsync(SandboxDemoIds.KnownCustomerEmail, code, Ct));
        Assert.Equal(SandboxDemoIds.KnownCustomer, (await asker.GetVerifiedAsync(Ct))!.CustomerId);
    }

    [Fact]
    public async Task A_token_used_on_one_instance_is_refused_on_the_other()
    {
        // Attack: replay a token link (browser history, a forwarded mail) on the other instance.
        var (first, second) = Start();
        var token = VenueToken.Create(Secret, "demo", SandboxDemoIds.KnownCustomerEmail, DateTimeOffset.UtcNow.AddMinutes(5));

        using var visitor = Browser(first.App);
        await visitor.PageAsync("cart");
        Assert.Equal(HttpStatusCode.Redirect, (await visitor.GetAsync($"cart?identity={token}")).Response.StatusCode);
        Assert.NotNull(await first.IdentityOfAsync(first.VisitorIdOf(visitor)));

        using var replayer = Browser(second.App);
        await replayer.PageAsync("cart");
        var replayerId = second.VisitorIdOf(replayer);
        Assert.Equal(HttpStatusCode.Redirect, (await replayer.GetAsync($"cart?identity={token}")).Response.StatusCode);
        Assert.Equal(replayerId, second.VisitorIdOf(replayer));
        Assert.Null(await second.IdentityOfAsync(replayerId));
    }

    public void Dispose()
    {
        foreach (var item in Enumerable.Reverse(owned))
        {
            item.Dispose();
        }
    }

    private (Instance First, Instance Second) Start(IReadOnlyDictionary<string, string?>? extra = null)
    {
        var settings = new Dictionary<string, string?> { ["Redis:Configuration"] = redis.Configuration, ["Identity:Secret"] = Secret };
        foreach (var (key, value) in extra ?? new Dictionary<string, string?>())
        {
            settings[key] = value;
        }

        var first = Own(new CheckoutWebFactory { Settings = settings });
        var sandbox = new Uri(first.CreateClient().BaseAddress!, "sandbox/").ToString();
        var second = Own(new CheckoutWebFactory { Settings = new Dictionary<string, string?>(settings) { ["VoordeMensen:BaseUrl"] = sandbox } });
        second.CreateClient().Dispose();
        return (new Instance(first, Own(new IdentityScopes(first))), new Instance(second, Own(new IdentityScopes(second))));
    }

    private ShopBrowser Browser(CheckoutWebFactory app) => Own(new ShopBrowser(app));

    private T Own<T>(T item) where T : IDisposable
    {
        owned.Add(item);
        return item;
    }

    // The sandbox instance delivers to its development mailbox in the background.
    private static async Task<string> CodeFromMailboxAsync(Instance instance, string email)
    {
        for (var i = 0; i < 50; i++)
        {
            if (instance.Scopes.Get<DevelopmentMailbox>().Mails.FirstOrDefault(m => m.To == email) is { } mail)
            {
                return SixDigits().Match(mail.Subject).Value;
            }

            await Task.Delay(100, Ct);
        }

        throw new InvalidOperationException($"No code reached the development mailbox for {email}.");
    }

    [GeneratedRegex(@"\b\d{6}\b")]
    private static partial Regex SixDigits();

    private sealed record Instance(CheckoutWebFactory App, IdentityScopes Scopes)
    {
        public CustomerIdentityService Visitor(string id, string ip = "10.1.1.1") => Scopes.Visitor(id, ip);

        public string VisitorIdOf(ShopBrowser browser) => Scopes.VisitorIdOf(browser);

        public Task<VerifiedIdentity?> IdentityOfAsync(string visitorId) => Scopes.IdentityOfAsync(visitorId);
    }
}
