using Bunit;
using Checkout.ComponentTests.Infrastructure;
using Checkout.Tests.Shared.Fakes;
using Checkout.Web.Features.Cart;
using Checkout.Web.Features.Purchase;
using Microsoft.Extensions.DependencyInjection;

namespace Checkout.ComponentTests.Cart;

/// <summary>The sentence about the hold: built in per language, or the client's own (Shop:HoldText) with {minutes}.</summary>
public sealed class HoldTextTests : CheckoutTestContext
{
    [Fact]
    public async Task The_cart_shows_the_built_in_sentence_without_a_configured_text()
    {
        var page = await CartWithTicketsAsync();

        Assert.Equal("Je kaarten worden voor je vastgehouden.", page.Find("[data-testid=cart-hold-text]").TextContent);
        Assert.Equal("Resterende tijd:", page.Find(".hold-timer-time span:not(.hold-timer-icon)").TextContent);
    }

    [Fact]
    public async Task The_cart_shows_the_clients_own_sentence_with_the_hold_length()
    {
        Client.Shop.HoldText["nl"] = "De Ster houdt je kaarten {minutes} minuten vast.";
        Client.Shop.HoldText["en"] = "De Ster holds your tickets for {minutes} minutes.";

        var page = await CartWithTicketsAsync();

        Assert.Equal("De Ster houdt je kaarten 15 minuten vast.", page.Find("[data-testid=cart-hold-text]").TextContent);
    }

    [Fact]
    public async Task The_hold_length_is_the_one_Peppered_reports()
    {
        Client.Shop.HoldText["nl"] = "Je hebt {minutes} minuten.";
        Vdm.PepperedCartTimeOut = Clock.GetUtcNow().AddMinutes(20);

        var page = await CartWithTicketsAsync();

        Assert.Equal("Je hebt 20 minuten.", page.Find("[data-testid=cart-hold-text]").TextContent);
    }

    [Fact]
    public async Task The_checkout_page_explains_the_hold_the_same_way()
    {
        Client.Shop.HoldText["nl"] = "De Ster houdt je kaarten {minutes} minuten vast.";
        await AddAsync();

        var page = Render<CheckoutPage>();

        page.WaitForAssertion(() => Assert.Equal(
            "De Ster houdt je kaarten 15 minuten vast.", page.Find("[data-testid=cart-hold-text]").TextContent));
    }

    private async Task<IRenderedComponent<CartPage>> CartWithTicketsAsync()
    {
        await AddAsync();
        var page = Render<CartPage>();
        page.WaitForAssertion(() => Assert.Single(page.FindAll("[data-testid=cart-hold-text]")));
        return page;
    }

    private async Task AddAsync() => Assert.True((await Services.GetRequiredService<CartService>().AddAsync(
        DemoCatalog.Performance, DemoCatalog.PerOrder, [new TicketRequest(DemoCatalog.Standard, 1)], Xunit.TestContext.Current.CancellationToken)).Succeeded);
}

public sealed class EnglishHoldTextTests() : CheckoutTestContext(culture: "en")
{
    [Fact]
    public async Task The_cart_shows_the_built_in_English_sentence_without_a_configured_text()
    {
        Client.Shop.HoldText["nl"] = "Alleen in het Nederlands ingesteld: {minutes} minuten.";

        var page = await CartWithTicketsAsync();

        Assert.Equal("Your tickets are held for you.", page.Find("[data-testid=cart-hold-text]").TextContent);
        Assert.Equal("Time left:", page.Find(".hold-timer-time span:not(.hold-timer-icon)").TextContent);
    }

    [Fact]
    public async Task The_cart_shows_the_clients_own_English_sentence()
    {
        Client.Shop.HoldText["nl"] = "De Ster houdt je kaarten {minutes} minuten vast.";
        Client.Shop.HoldText["en"] = "De Ster holds your tickets for {minutes} minutes.";

        var page = await CartWithTicketsAsync();

        Assert.Equal("De Ster holds your tickets for 15 minutes.", page.Find("[data-testid=cart-hold-text]").TextContent);
    }

    private async Task<IRenderedComponent<CartPage>> CartWithTicketsAsync()
    {
        Assert.True((await Services.GetRequiredService<CartService>().AddAsync(
            DemoCatalog.Performance, DemoCatalog.PerOrder, [new TicketRequest(DemoCatalog.Standard, 1)], Xunit.TestContext.Current.CancellationToken)).Succeeded);
        var page = Render<CartPage>();
        page.WaitForAssertion(() => Assert.Single(page.FindAll("[data-testid=cart-hold-text]")));
        return page;
    }
}
