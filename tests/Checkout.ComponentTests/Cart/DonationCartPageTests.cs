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
    public async Task Choosing_an_amount_adds_a_donation_line_and_counts_it_in_the_total()
    {
        OfferDonations();
        var page = await CartWithTicketsAsync();

        page.FindAll("[data-testid=donation-amount]")[1].Click();

        page.WaitForAssertion(() => Assert.Single(page.FindAll("[data-testid=donation-line]")));
        Assert.Contains("Donatie", page.Find("[data-testid=donation-line]").TextContent);
        Assert.Contains(Formats.Money(5m), page.Find("[data-testid=donation-line]").TextContent);
        Assert.Equal(Formats.Money(29.50m), page.Find("[data-testid=cart-total]").TextContent);
        Assert.Equal("true", page.FindAll("[data-testid=donation-amount]")[1].GetAttribute("aria-pressed"));
        Assert.Equal("false", page.Find("[data-testid=donation-none]").GetAttribute("aria-pressed"));
        Assert.Equal($"Je donatie van {Formats.Money(5m)} staat in je winkelwagen.", page.Find("[aria-live=polite]").TextContent);
        Assert.Equal(5m, Vdm.Donations["cart-1"]);
        Assert.Single(page.FindAll("[data-testid=cart-line]"));
    }

    [Fact]
    public async Task The_donation_can_be_changed_and_removed_from_its_line()
    {
        OfferDonations();
        var page = await CartWithTicketsAsync();
        page.FindAll("[data-testid=donation-amount]")[1].Click();
        page.WaitForAssertion(() => Assert.Single(page.FindAll("[data-testid=donation-line]")));

        page.FindAll("[data-testid=donation-amount]")[2].Click();
        page.WaitForAssertion(() => Assert.Equal(Formats.Money(34.50m), page.Find("[data-testid=cart-total]").TextContent));
        Assert.Equal(10m, Vdm.Donations["cart-1"]);

        page.Find("[data-testid=donation-remove]").Click();

        page.WaitForAssertion(() => Assert.Empty(page.FindAll("[data-testid=donation-line]")));
        Assert.Equal(Formats.Money(24.50m), page.Find("[data-testid=cart-total]").TextContent);
        Assert.Equal("Je donatie is verwijderd.", page.Find("[aria-live=polite]").TextContent);
        Assert.Empty(Vdm.Donations);
    }

    [Fact]
    public async Task A_refused_donation_explains_why_and_leaves_the_cart_as_it_was()
    {
        OfferDonations();
        var page = await CartWithTicketsAsync();
        Vdm.FailNextPepperedAdd = FakeVdmPublic.Error(503, "down");

        page.FindAll("[data-testid=donation-amount]")[0].Click();

        page.WaitForAssertion(() => Assert.Equal(
            "Het kaartsysteem reageert nu niet. Er is niets verloren gegaan; probeer het zo nog eens.",
            page.Find("[data-testid=donation-problem]").TextContent.Trim()));
        Assert.Empty(page.FindAll("[data-testid=donation-line]"));
        Assert.Equal(Formats.Money(24.50m), page.Find("[data-testid=cart-total]").TextContent);
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
    [Fact]
    public async Task Offers_the_donation_in_English()
    {
        Vdm.PepperedCartTimeOut = Clock.GetUtcNow().AddMinutes(15);
        Client.Shop.Donations.Amounts = [5m];
        await Services.GetRequiredService<CartService>().AddAsync(
            DemoCatalog.Performance, DemoCatalog.PerOrder, [new TicketRequest(DemoCatalog.Standard, 1)], Xunit.TestContext.Current.CancellationToken);

        var page = Render<CartPage>();
        page.WaitForAssertion(() => Assert.Single(page.FindAll("[data-testid=donation]")));
        page.Find("[data-testid=donation-amount]").Click();

        page.WaitForAssertion(() => Assert.Single(page.FindAll("[data-testid=donation-line]")));
        Assert.Equal("Support Stadsschouwburg De Ster with a donation", page.Find("[data-testid=donation] legend").TextContent);
        Assert.Equal("No donation", page.Find("[data-testid=donation-none]").TextContent.Trim());
        Assert.Contains("Donation", page.Find("[data-testid=donation-line]").TextContent);
        Assert.Equal("€29.50", page.Find("[data-testid=cart-total]").TextContent);
    }
}
