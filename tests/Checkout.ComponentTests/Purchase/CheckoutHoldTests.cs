using Bunit;
using Checkout.Web.Features.Purchase;

namespace Checkout.ComponentTests.Purchase;

/// <summary>The hold keeps running on the checkout page: visible, renewable, and its end is handled on the next request.</summary>
public sealed class CheckoutHoldTests : CheckoutPageTestBase
{
    // The extend button joins the checkout form, so its post carries the typed details; the post itself (the hold
    // renewed, the details kept) is Checkout.IntegrationTests' StaticCheckoutDraftTests, where forms are bound.
    [Fact]
    public async Task The_time_left_is_shown_and_the_extend_button_posts_the_checkout_form()
    {
        await FillCartAsync();
        Clock.Advance(TimeSpan.FromMinutes(11));
        var page = Render<CheckoutPage>();

        Assert.Equal("4:00", page.Find("[data-testid=cart-timer]").TextContent.Trim());
        Assert.False(page.Find("[data-hold-renew]").HasAttribute("hidden"));
        var extend = page.Find("[data-testid=cart-renew]");
        Assert.Equal("submit", extend.GetAttribute("type"));
        Assert.Equal("checkout-form", extend.GetAttribute("form"));
        Assert.Equal(("Input.Action", "renew"), (extend.GetAttribute("name"), extend.GetAttribute("value")));
        Assert.True(extend.HasAttribute("formnovalidate"));
        Assert.NotNull(page.Find("form#checkout-form"));
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
