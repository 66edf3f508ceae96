using Bunit;
using Checkout.ComponentTests.Infrastructure;
using Checkout.Web.Components.Layout;
using Microsoft.AspNetCore.Components;

namespace Checkout.ComponentTests.Layout;

public sealed class MainLayoutTests : CheckoutTestContext
{
    [Fact]
    public void Frames_the_page_with_brand_skip_link_and_main_landmark()
    {
        RenderFragment body = b => b.AddMarkupContent(0, "<p id=\"content\">Inhoud</p>");

        var layout = Render<MainLayout>(p => p.Add(l => l.Body, body));

        Assert.Equal("Stadsschouwburg De Ster", layout.Find("[data-testid=brand-name]").TextContent);
        Assert.Equal("Inhoud", layout.Find("main#main #content").TextContent);
        Assert.Equal("Naar de inhoud", layout.Find("a.skip-link").TextContent);
        Assert.EndsWith("#main", layout.Find("a.skip-link").GetAttribute("href"), StringComparison.Ordinal);
        Assert.NotNull(layout.Find("[data-testid=brand-footer]"));
    }
}
