using Bunit;
using Checkout.ComponentTests.Infrastructure;
using Checkout.Tests.Shared.Fakes;
using Checkout.Web.Components.Shared;
using Checkout.Web.Features.Cart;
using Microsoft.Extensions.DependencyInjection;

namespace Checkout.ComponentTests.Cart;

/// <summary>The donation offer on the cart page: only for a client with amounts, over the fake Peppered cart.</summary>
public sealed class DonationCartPageTests : CheckoutTestContext
{
    private static CancellationToken Ct => Xunit.TestContext.Current.CancellationToken;

    [Fact]
    public async Task A_client_without_amounts_offers_no_donation()
    {
        Vdm.PepperedCartTimeOut = Clock.GetUtcNow().AddMinutes(15);
        var page = await CartWithTicketsAsync();

        Assert.Empty(page.FindAll("[data-testid=donation]"));
        Assert.Empty(page.FindAll("[data-testid=donation-line]"));
    }

    [Fact]
    public async Task Offers_the_configured_amounts_as_a_labelled_group_of_toggle_buttons()
    {
        OfferDonations();
        var page = await CartWithTicketsAsync();

        var group = page.Find("fieldset[data-testid=donation]");
        Assert.Equal("Steun Stadsschouwburg De Ster met een donatie", group.QuerySelector("legend")!.TextContent);
        var amounts = page.FindAll("[data-testid=donation-amount]");
        Assert.Equal(["2.50", "5", "10"], amounts.Select(a => a.GetAttribute("data-amount")));
        Assert.Equal(Formats.Money(2.50m), amounts[0].TextContent.Trim());
        Assert.All(amounts, a => Assert.Equal("false", a.GetAttribute("aria-pressed")));
        Assert.Equal("true", page.Find("[data-testid=donation-none]").GetAttribute("aria-pressed"));
        Assert.Empty(page.FindAll("[data-testid=donation-line]"));
    }




    [Fact]
    public async Task A_cart_peppered_does_not_know_shows_no_donation_offer_and_no_error()
    {
        OfferDonations();
        Vdm.PepperedCartsUnknown = true;

        var page = await CartWithTicketsAsync();

        Assert.Empty(page.FindAll("[data-testid=donation]"));
        Assert.Empty(page.FindAll("[data-testid=donation-line]"));
        Assert.Empty(page.FindAll(".mud-alert"));
        Assert.Equal("15:00", page.Find("[data-testid=cart-timer]").TextContent.Trim());
    }

    private void OfferDonations()
    {
        Vdm.PepperedCartTimeOut = Clock.GetUtcNow().AddMinutes(15);
        Client.Shop.Donations.Amounts = [2.50m, 5m, 10m];
    }

    private async Task<IRenderedComponent<CartPage>> CartWithTicketsAsync()
    {
        Assert.True((await Services.GetRequiredService<CartService>().AddAsync(
            DemoCatalog.Performance, DemoCatalog.PerOrder, [new TicketRequest(DemoCatalog.Standard, 1)], Ct)).Succeeded);
        var page = Render<CartPage>();
        page.WaitForAssertion(() => Assert.Single(page.FindAll("[data-testid=cart-line]")));
        return page;
    }
}

public sealed class EnglishDonationCartPageTests() : CheckoutTestContext(culture: "en")
{
}
