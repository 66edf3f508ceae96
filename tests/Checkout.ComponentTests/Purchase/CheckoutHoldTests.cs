using Bunit;
using Checkout.Web.Features.Purchase;

namespace Checkout.ComponentTests.Purchase;

/// <summary>The hold keeps running on the checkout page: visible, renewable, and its end is handled on the next request.</summary>
public sealed class CheckoutHoldTests : CheckoutPageTestBase
{
    [Fact]
    public async Task The_time_left_is_shown_and_can_be_extended()
    {
        await FillCartAsync();
        Clock.Advance(TimeSpan.FromMinutes(11));
        var page = Render<CheckoutPage>();

        Assert.Equal("4:00", page.Find("[data-testid=cart-timer]").TextContent.Trim());
        page.Find("form[data-hold-renew]").Submit();

        page.WaitForAssertion(() => Assert.Equal("15:00", page.Find("[data-testid=cart-timer]").TextContent.Trim()));
        Assert.Equal(2, Vdm.Public.LinesOf("cart-2").Count);
    }

    [Fact]
    public async Task A_page_request_after_the_hold_ended_reads_the_cart_and_offers_to_reserve_again()
    {
        await FillCartAsync();
        await Vdm.Public.Empty("cart-1");
        Clock.Advance(TimeSpan.FromMinutes(15));

        var page = Render<CheckoutPage>();

        Assert.NotNull(page.Find("[data-testid=checkout-expired]"));
        Assert.Contains("GetCart", Vdm.Calls);
        Assert.Empty(page.FindAll("[data-testid=place-order]"));
    }
}
