using Bunit;
using Checkout.ComponentTests.Infrastructure;
using Checkout.Web.Components.Layout;
using Checkout.Web.Shell.Branding;

namespace Checkout.ComponentTests.Layout;

public sealed class BrandFooterTests : CheckoutTestContext
{
    [Fact]
    public void Shows_contact_terms_and_privacy_links_from_the_brand()
    {
        var footer = Render<BrandFooter>(p => p.Add(f => f.Brand, Client.Brand));

        Assert.Equal("mailto:kassa@example.org", footer.Find("[data-testid=footer-contact]").GetAttribute("href"));
        Assert.Equal("Voorwaarden", footer.Find("[data-testid=footer-terms]").TextContent);
        Assert.Equal("https://example.org/privacy", footer.Find("[data-testid=footer-privacy]").GetAttribute("href"));
    }

    [Fact]
    public void Leaves_out_links_the_venue_did_not_configure()
    {
        var brand = new BrandOptions { Name = "Zaal", Logo = "/brands/demo/logo.svg", Links = new BrandLinks { Terms = "https://zaal.example/terms" } };

        var footer = Render<BrandFooter>(p => p.Add(f => f.Brand, brand));

        Assert.Single(footer.FindAll("li"));
        Assert.Empty(footer.FindAll("[data-testid=footer-contact]"));
    }
}
