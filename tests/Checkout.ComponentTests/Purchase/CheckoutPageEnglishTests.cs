using Bunit;
using Checkout.Web.Components.Shared;

namespace Checkout.ComponentTests.Purchase;

public sealed class CheckoutPageEnglishTests() : CheckoutPageTestBase(culture: "en")
{
    [Fact]
    public async Task Labels_and_costs_follow_the_visitor_s_language()
    {
        var page = await RenderWithCartAsync();

        Assert.Contains("no extra costs", page.Find("[data-payment-id='33']").TextContent, StringComparison.Ordinal);
        Assert.Contains("+ " + Formats.Money(1.50m), page.Find("[data-payment-id='34']").TextContent, StringComparison.Ordinal);
        Assert.Equal("Order and pay", page.Find("[data-testid=place-order]").TextContent.Trim());
    }
}
