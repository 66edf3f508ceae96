using System.Net;
using Checkout.IntegrationTests.Infrastructure;
using Checkout.Web.Features.Customers;
using Checkout.Web.Shell.Visitors;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Net.Http.Headers;

namespace Checkout.IntegrationTests.Customers;

/// <summary>Signed identity tokens on the real app (over the sandbox), the development mailbox and start-up checks.</summary>
public sealed class IdentifiedCheckoutHostingTests : IDisposable
{
    private const string Secret = "integration-identity-secret-0123456789abcdef";

    private readonly CheckoutWebFactory factory = new() { Settings = new Dictionary<string, string?> { ["Identity:Secret"] = Secret } };

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task A_valid_token_verifies_the_visitor_and_leaves_the_address_bar()
    {
        var token = IdentityToken.Create("visitor@example.com", DateTimeOffset.UtcNow.AddMinutes(5), Secret);

        var (response, visitorId) = await GetAsync($"/checkout?identity={token}&x=1");

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal("/checkout?x=1", response.Headers.Location!.OriginalString);
        var identity = await IdentityOfAsync(visitorId);
        Assert.Equal("visitor@example.com", identity!.Email);
        Assert.Equal(Checkout.Sandbox.SandboxDemoIds.KnownCustomer, identity.CustomerId);
    }

    [Theory]
    [InlineData("tampered")]
    [InlineData("expired")]
    [InlineData("garbage")]
    public async Task A_tampered_or_expired_token_is_dropped_and_verifies_nobody(string kind)
    {
        var valid = IdentityToken.Create("visitor@example.com", DateTimeOffset.UtcNow.AddMinutes(5), Secret);
        var token = kind switch
        {
            "tampered" => IdentityToken.Create("visitor@example.com", DateTimeOffset.UtcNow.AddMinutes(5), Secret + "x"),
            "expired" => IdentityToken.Create("visitor@example.com", DateTimeOffset.UtcNow.AddMinutes(-1), Secret),
            _ => valid[..10],
        };

        var (response, visitorId) = await GetAsync($"/cart?identity={token}");

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal("/cart", response.Headers.Location!.OriginalString);
        Assert.Null(await IdentityOfAsync(visitorId));
    }

    [Fact]
    public async Task The_development_mailbox_is_served_with_the_sandbox()
    {
        using var response = await factory.CreateClient().GetAsync("/dev/mailbox", Ct);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("Development mailbox", await response.Content.ReadAsStringAsync(Ct), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("VoordeMensen:BaseUrl", "https://api.voordemensen.invalid/")]
    [InlineData("Mail:Host", "smtp.example.invalid")]
    public async Task The_development_mailbox_does_not_exist_with_a_real_VdM_or_SMTP(string key, string value)
    {
        using var real = new CheckoutWebFactory { Settings = new Dictionary<string, string?> { [key] = value } };

        using var response = await real.CreateClient().GetAsync("/dev/mailbox", Ct);

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }

    [Fact]
    public void A_short_identity_secret_stops_start_up_naming_the_key()
    {
        var failure = StartupFailures.Of(new Dictionary<string, string?> { ["Clients:fringe:Identity:Secret"] = "short" });

        Assert.Contains("Clients:fringe:Identity:Secret", failure.Message, StringComparison.Ordinal);
    }

    public void Dispose() => factory.Dispose();

    private async Task<(HttpResponseMessage Response, string VisitorId)> GetAsync(string path)
    {
        using var client = new HttpClient(new SocketsHttpHandler { UseCookies = false, AllowAutoRedirect = false })
        {
            BaseAddress = factory.CreateClient().BaseAddress,
        };
        var response = await client.GetAsync(path, Ct);
        var cookie = SetCookieHeaderValue.ParseList([.. response.Headers.GetValues(HeaderNames.SetCookie)])
            .Single(c => c.Name.Value == "checkout.visitor.default");
        var value = factory.Services.GetRequiredService<IDataProtectionProvider>().CreateProtector("Checkout.Visitor.v1").Unprotect(cookie.Value.Value!);
        return (response, value["default:".Length..]);
    }

    private Task<VerifiedIdentity?> IdentityOfAsync(string visitorId) =>
        factory.Services.GetRequiredService<VerifiedIdentityStore>().GetAsync(new ShopVisitor("default", visitorId, null), Ct);
}
