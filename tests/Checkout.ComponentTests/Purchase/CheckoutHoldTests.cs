using Bunit;

namespace Checkout.ComponentTests.Purchase;

/// <summary>The hold keeps running on the checkout page: visible, renewable, and its end is handled without losing details.</summary>
public sealed class CheckoutHoldTests : CheckoutPageTestBase
{
    [Fact]
    public async Task The_time_left_is_shown_and_can_be_extended_while_typing()
    {
        var page = await RenderWithCartAsync();
        Type(page, "email", "anna@example.nl");
        Clock.Advance(TimeSpan.FromMinutes(11));

        page.WaitForAssertion(() => Assert.Equal("4:00", page.Find("[data-testid=cart-timer]").TextContent.Trim()[^4..]));
        page.Find("[data-testid=cart-renew]").Click();

        page.WaitForAssertion(() => Assert.EndsWith("15:00", page.Find("[data-testid=cart-timer]").TextContent.Trim(), StringComparison.Ordinal));
        Assert.Equal(2, Vdm.Public.LinesOf("cart-2").Count);
        Assert.Equal("anna@example.nl", ValueOf(page, "email"));
    }

    [Fact]
    public async Task When_the_hold_ends_the_page_reads_the_cart_and_offers_to_reserve_again()
    {
        var page = await RenderWithCartAsync();
        await Vdm.Public.Empty("cart-1");

        Clock.Advance(TimeSpan.FromMinutes(15));

        page.WaitForAssertion(() => Assert.NotNull(page.Find("[data-testid=checkout-expired]")));
        Assert.Contains("GetCart", Vdm.Calls);
        Assert.Empty(page.FindAll("[data-testid=place-order]"));
    }
}
