using System.Net;
using System.Text.RegularExpressions;
using Checkout.IntegrationTests.Infrastructure;
using Checkout.Web.Shell.Clients;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace Checkout.IntegrationTests.Embedding;

/// <summary>CSP (frame-ancestors per client), nosniff and Referrer-Policy on every kind of response.</summary>
public sealed partial class SecurityHeadersTests : IDisposable
{
    private const string VenueOrigin = "https://www.venue.example";
    private const string FringeOrigin = "https://fringe.example";

    private readonly CheckoutWebFactory factory = new()
    {
        Settings = new Dictionary<string, string?>
        {
            ["Embedding:AllowedOrigins:0"] = VenueOrigin + "/",
            ["Embedding:AllowedOrigins:1"] = "http://localhost:8080",
            ["Clients:fringe:Embedding:AllowedOrigins:0"] = FringeOrigin,
        },
    };

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Theory]
    [InlineData("/", null, "frame-ancestors https://www.venue.example http://localhost:8080")]
    [InlineData("/fringe/", null, "frame-ancestors https://fringe.example")]
    [InlineData("/", "fringe.localhost", "frame-ancestors https://fringe.example")]
    [InlineData("/no-such-page", null, "frame-ancestors https://www.venue.example http://localhost:8080")]
    [InlineData("/fringe/event/999999", null, "frame-ancestors https://fringe.example")]
    public async Task Each_client_may_only_be_framed_by_its_own_venue_origins(string path, string? host, string ancestors)
    {
        var client = factory.CreateClient();
        if (host is not null)
        {
            client.DefaultRequestHeaders.Host = host;
        }

        var response = await client.GetAsync(path, Ct);

        var csp = Csp(response);
        Assert.EndsWith(ancestors, csp, StringComparison.Ordinal);
        AssertBaseline(response);
    }

    [Fact]
    public async Task A_client_without_allowed_origins_cannot_be_framed()
    {
        using var plain = new CheckoutWebFactory();

        var response = await plain.CreateClient().GetAsync("/fringe/", Ct);

        Assert.Contains("frame-ancestors 'none'", Csp(response), StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_policy_allows_only_own_scripts_and_the_nonced_import_map()
    {
        var client = factory.CreateClient();

        // An interactive page: the cached programme and event pages admit the import map by its hash (CachedPageTests).
        var first = await client.GetAsync("/cart", Ct);
        var second = await client.GetAsync("/cart", Ct);

        var csp = Csp(first);
        foreach (var directive in new[]
                 {
                     "default-src 'self'", "style-src 'self' 'unsafe-inline'", "img-src 'self' data: https:",
                     "connect-src 'self'", "form-action 'self'", "base-uri 'self'", "object-src 'none'",
                 })
        {
            Assert.Contains(directive, csp, StringComparison.Ordinal);
        }

        var nonce = NoncePattern().Match(csp).Groups[1].Value;
        Assert.NotEmpty(nonce);
        Assert.NotEqual(nonce, NoncePattern().Match(Csp(second)).Groups[1].Value);
        Assert.DoesNotContain("unsafe-eval", csp, StringComparison.Ordinal);
        Assert.DoesNotContain("'unsafe-inline'", csp.Split("; ").Single(d => d.StartsWith("script-src", StringComparison.Ordinal)), StringComparison.Ordinal);

        // Every inline script in the page must carry this response's nonce; all others come from our own origin.
        var html = await first.Content.ReadAsStringAsync(Ct);
        var scripts = ScriptTagPattern().Matches(html).Select(m => m.Value).ToList();
        Assert.NotEmpty(scripts);
        foreach (var tag in scripts)
        {
            var external = tag.Contains(" src=\"", StringComparison.Ordinal);
            Assert.True(external || tag.Contains($"nonce=\"{nonce}\"", StringComparison.Ordinal), $"Inline script without nonce: {tag}");
            Assert.DoesNotContain("src=\"http", tag, StringComparison.Ordinal);
        }
    }

    [Theory]
    [InlineData("/css/checkout.css")]
    [InlineData("/health/live")]
    public async Task Static_files_and_health_carry_the_baseline_headers(string path)
    {
        var response = await factory.CreateClient().GetAsync(path, Ct);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        AssertBaseline(response);
    }

    [Fact]
    public async Task The_strict_host_404_is_not_frameable()
    {
        using var strict = new CheckoutWebFactory { Settings = new Dictionary<string, string?> { ["Checkout:StrictHosts"] = "true" } };
        var client = strict.CreateClient();
        client.DefaultRequestHeaders.Host = "unknown.example.com";

        var response = await client.GetAsync("/", Ct);

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Contains("frame-ancestors 'none'", Csp(response), StringComparison.Ordinal);
        AssertBaseline(response);
    }

    [Theory]
    [InlineData("Embedding:AllowedOrigins:0", "http://www.venue.example", "Embedding:AllowedOrigins:0 must be an origin")]
    [InlineData("Embedding:AllowedOrigins:0", "https://www.venue.example/tickets", "Embedding:AllowedOrigins:0 must be an origin")]
    [InlineData("Clients:fringe:Embedding:AllowedOrigins:0", "*", "Clients:fringe:Embedding:AllowedOrigins:0 must be an origin")]
    [InlineData("Clients:fringe:Embedding:AllowedOrigins:0", "https://*.venue.example", "Clients:fringe:Embedding:AllowedOrigins:0")]
    public void A_malformed_origin_stops_the_app_naming_the_key(string key, string value, string message)
    {
        var configuration = new ConfigurationBuilder()
            .AddDemoSettings()
            .AddInMemoryCollection(new Dictionary<string, string?> { [key] = value })
            .Build();
        var services = new ServiceCollection()
            .AddSingleton<IConfiguration>(configuration)
            .AddSingleton<IWebHostEnvironment>(new DirectoryWebHostEnvironment(RepositoryRoot.Path))
            .AddCheckoutClients(configuration);
        using var provider = services.BuildServiceProvider();

        var error = Assert.Throws<OptionsValidationException>(() => provider.GetRequiredService<IStartupValidator>().Validate());

        Assert.Contains(message, error.Message, StringComparison.Ordinal);
    }

    public void Dispose() => factory.Dispose();

    private static string Csp(HttpResponseMessage response) =>
        Assert.Single(response.Headers.GetValues("Content-Security-Policy"));

    private static void AssertBaseline(HttpResponseMessage response)
    {
        Assert.Equal("nosniff", Assert.Single(response.Headers.GetValues("X-Content-Type-Options")));
        Assert.Equal("strict-origin-when-cross-origin", Assert.Single(response.Headers.GetValues("Referrer-Policy")));
    }

    [GeneratedRegex("'nonce-([^']+)'")]
    private static partial Regex NoncePattern();

    [GeneratedRegex("<script[^>]*>")]
    private static partial Regex ScriptTagPattern();
}
