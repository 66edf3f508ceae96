using Bunit;
using Checkout.ComponentTests.Infrastructure;
using Checkout.Web.Components.Layout;

namespace Checkout.ComponentTests.Layout;

public sealed class BrandHeaderTests : CheckoutTestContext
{
    [Fact]
    public void Shows_the_configured_logo_and_name_and_links_home()
    {
        var header = Render<BrandHeader>(p => p.Add(h => h.Brand, Client.Brand));

        Assert.Equal("Stadsschouwburg De Ster", header.Find("[data-testid=brand-name]").TextContent);
        Assert.Equal("brands/demo/logo.svg", header.Find("img.brand-logo").GetAttribute("src"));
        Assert.Equal("Stadsschouwburg De Ster – naar het programma", header.Find("a.brand-home").GetAttribute("aria-label"));
    }
}

public sealed class FringeBrandHeaderTests() : CheckoutTestContext("fringe", "en")
{
    [Fact]
    public void Another_client_shows_its_own_brand_in_its_language()
    {
        var header = Render<BrandHeader>(p => p.Add(h => h.Brand, Client.Brand));

        Assert.Equal("Fringe Festival Utrecht", header.Find("[data-testid=brand-name]").TextContent);
        Assert.Equal("Fringe Festival Utrecht – to the programme", header.Find("a.brand-home").GetAttribute("aria-label"));
    }
}
