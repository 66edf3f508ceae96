using System.Net;
using Checkout.IntegrationTests.Infrastructure;
using Checkout.Sandbox;

namespace Checkout.IntegrationTests.Embedding;

/// <summary>embed.js as a cross-site static file, the shop's allowed origins for its postMessage bridge, the demo venue page.</summary>
public sealed class EmbedLoaderTests(CheckoutWebFactory factory) : IClassFixture<CheckoutWebFactory>
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Theory]
    [InlineData("/embed.js")]
    [InlineData("/fringe/embed.js")]
    public async Task The_loader_is_a_cacheable_script_any_site_may_load(string path)
    {
        var response = await factory.CreateClient().GetAsync(path, Ct);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/javascript", response.Content.Headers.ContentType!.MediaType);
        Assert.Equal("*", response.Headers.GetValues("Access-Control-Allow-Origin").Single());
        Assert.Equal("cross-origin", response.Headers.GetValues("Cross-Origin-Resource-Policy").Single());
        Assert.Equal("public, max-age=3600", response.Headers.CacheControl!.ToString());
        Assert.Equal("nosniff", response.Headers.GetValues("X-Content-Type-Options").Single());
        var script = await response.Content.ReadAsStringAsync(Ct);
        Assert.Contains("vdm_basketcounter", script, StringComparison.Ordinal);
        Assert.DoesNotContain("'*'", script, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Other_static_files_get_no_cors_header()
    {
        var response = await factory.CreateClient().GetAsync("/css/checkout.css", Ct);

        Assert.False(response.Headers.Contains("Access-Control-Allow-Origin"));
    }

    [Fact]
    public async Task Shop_pages_name_the_allowed_origins_for_the_bridge_and_load_it()
    {
        var html = await factory.CreateClient().GetStringAsync("/", Ct);

        Assert.Contains("<meta name=\"checkout-embed-origins\" content=\"http://localhost:5000 http://localhost:8080\" />", html, StringComparison.Ordinal);
        Assert.Contains("<script src=\"js/embed-bridge.js\" defer></script>", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_client_without_origins_names_none()
    {
        var html = await factory.CreateClient().GetStringAsync("/fringe/", Ct);

        Assert.DoesNotContain("checkout-embed-origins", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_production_filter_shows_only_that_production()
    {
        var client = factory.CreateClient();
        var all = await client.GetStringAsync("/", Ct);
        var one = await client.GetStringAsync($"/?production={SandboxDemoIds.MultiPerformanceProduction}", Ct);

        var sections = "<section class=\"production\"";
        Assert.True(Count(all, sections) > 1);
        Assert.Equal(1, Count(one, sections));
        Assert.Contains("Hamlet", one, StringComparison.Ordinal);
    }

    // VdM's loader takes a main event (production) or a sub event (performance) id alike: vdm_order(id, …) opens this.
    [Theory]
    [InlineData("/embed/event/101", "/?production=101")]
    [InlineData("/embed/event/101?culture=en", "/?culture=en&production=101")]
    [InlineData("/embed/event/1001?culture=en&utm_campaign=spring", "/event/1001?culture=en&utm_campaign=spring")]
    [InlineData("/embed/event/424242", "/event/424242")]
    [InlineData("/fringe/embed/event/2101", "/fringe/event/2101")]
    public async Task A_vdm_event_id_opens_its_production_or_its_performance(string path, string expected)
    {
        using var probe = factory.CreateClient();
        using var client = new HttpClient(new SocketsHttpHandler { AllowAutoRedirect = false }) { BaseAddress = probe.BaseAddress };

        var response = await client.GetAsync(path, Ct);

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal(expected, response.Headers.Location!.OriginalString);
    }

    [Fact]
    public async Task The_page_built_like_the_wordpress_plugin_calls_vdm_order_and_has_its_counter()
    {
        var client = factory.CreateClient();
        client.DefaultRequestHeaders.Host = "localhost:5000";

        var response = await client.GetAsync("/demo/venue/wordpress", Ct);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var html = await response.Content.ReadAsStringAsync(Ct);
        Assert.Contains("<script src=\"http://127.0.0.1:5000/embed.js\" data-checkout=\"http://127.0.0.1:5000/\"></script>", html, StringComparison.Ordinal);
        Assert.Contains($"onclick=\"vdm_order({SandboxDemoIds.MultiPerformanceFirst},'", html, StringComparison.Ordinal);
        Assert.Contains("onclick=\"vdm_order('cart','", html, StringComparison.Ordinal);
        Assert.Contains("<span class=\"vdm_basketcounter\"", html, StringComparison.Ordinal);
        var csp = response.Headers.GetValues("Content-Security-Policy").Single();
        Assert.Contains("script-src http://127.0.0.1:5000 'unsafe-inline'", csp, StringComparison.Ordinal);
        Assert.DoesNotContain("frame-ancestors http", csp, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_demo_venue_page_embeds_the_shop_from_the_other_loopback_name_with_its_own_policy()
    {
        var client = factory.CreateClient();
        client.DefaultRequestHeaders.Host = "localhost:5000";

        var response = await client.GetAsync("/demo/venue", Ct);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var html = await response.Content.ReadAsStringAsync(Ct);
        Assert.Contains("<script src=\"http://127.0.0.1:5000/embed.js\" data-checkout=\"http://127.0.0.1:5000/\" defer></script>", html, StringComparison.Ordinal);
        Assert.Contains("data-checkout-basket", html, StringComparison.Ordinal);
        Assert.Contains("data-checkout-style=\"side\"", html, StringComparison.Ordinal);
        var csp = response.Headers.GetValues("Content-Security-Policy").Single();
        Assert.Contains("script-src http://127.0.0.1:5000 'nonce-", csp, StringComparison.Ordinal);
        Assert.Contains("frame-src http://127.0.0.1:5000", csp, StringComparison.Ordinal);
        // Its one inline script (the analytics listener) carries the nonce of the policy.
        var nonce = System.Text.RegularExpressions.Regex.Match(csp, "'nonce-([^']+)'").Groups[1].Value;
        Assert.Contains($"<script nonce=\"{nonce}\">", html, StringComparison.Ordinal);
        Assert.Contains("data-checkout-email=\"jan.jansen@example.nl\"", html, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("/demo/venue")]
    [InlineData("/demo/venue/wordpress")]
    public async Task Without_the_sandbox_there_is_no_demo_venue_page(string path)
    {
        using var real = new CheckoutWebFactory
        {
            Settings = new Dictionary<string, string?>
            {
                ["VoordeMensen:BaseUrl"] = "http://127.0.0.1:9/",
            },
        };

        var response = await real.CreateClient().GetAsync(path, Ct);

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }

    private static int Count(string text, string value) =>
        (text.Length - text.Replace(value, "", StringComparison.Ordinal).Length) / value.Length;
}
