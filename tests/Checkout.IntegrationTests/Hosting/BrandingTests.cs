using System.Net;
using Checkout.IntegrationTests.Infrastructure;

namespace Checkout.IntegrationTests.Hosting;

public sealed class BrandingTests(CheckoutWebFactory factory) : IClassFixture<CheckoutWebFactory>
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Home_page_shows_the_default_clients_brand_from_appsettings()
    {
        var html = await factory.CreateClient().GetStringAsync("/", Ct);

        Assert.Equal("Stadsschouwburg De Ster", HtmlAssert.TestIdText(html, "brand-name"));
        Assert.Contains("src=\"brands/demo/logo.svg\"", html, StringComparison.Ordinal);
        Assert.Contains(ThemeCss.Primary("#1F3A5F"), html, StringComparison.Ordinal);
        Assert.Contains("href=\"https://example.org/voorwaarden\"", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Brand_assets_are_served_from_the_top_level_wwwroot()
    {
        var response = await factory.CreateClient().GetAsync("/brands/demo/logo.svg", Ct);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("image/svg+xml", response.Content.Headers.ContentType?.MediaType);
    }

    [Fact]
    public async Task A_path_prefix_selects_another_client_with_its_own_brand_language_and_base()
    {
        var html = await factory.CreateClient().GetStringAsync("/fringe/", Ct);

        Assert.Equal("Fringe Festival Utrecht", HtmlAssert.TestIdText(html, "brand-name"));
        Assert.Contains("<base href=\"/fringe/\"", html, StringComparison.Ordinal);
        Assert.Equal("en", HtmlAssert.HtmlLang(html));
        Assert.Contains(ThemeCss.Primary("#6A1B9A"), html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_claimed_host_selects_its_client()
    {
        var client = factory.CreateClient();
        client.DefaultRequestHeaders.Host = "fringe.localhost";

        var html = await client.GetStringAsync("/", Ct);

        Assert.Equal("Fringe Festival Utrecht", HtmlAssert.TestIdText(html, "brand-name"));
    }

    [Fact]
    public async Task Unknown_pages_get_a_branded_translated_not_found_page()
    {
        var response = await factory.CreateClient().GetAsync("/does-not-exist?culture=en", Ct);
        var html = await response.Content.ReadAsStringAsync(Ct);

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Equal("Page not found", HtmlAssert.H1(html));
        Assert.Equal("Stadsschouwburg De Ster", HtmlAssert.TestIdText(html, "brand-name"));
    }

    [Fact]
    public async Task A_prefixed_clients_not_found_page_keeps_its_brand()
    {
        var response = await factory.CreateClient().GetAsync("/fringe/does-not-exist", Ct);
        var html = await response.Content.ReadAsStringAsync(Ct);

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Equal("Fringe Festival Utrecht", HtmlAssert.TestIdText(html, "brand-name"));
        Assert.Equal("Page not found", HtmlAssert.H1(html));
    }
}
