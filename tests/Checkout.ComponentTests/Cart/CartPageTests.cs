using Bunit;
using Checkout.ComponentTests.Infrastructure;
using Checkout.Tests.Shared.Fakes;
using Checkout.Web.Components.Shared;
using Checkout.Web.Features.Cart;
using Checkout.Web.Shell.Clients;
using Checkout.Web.Shell.Visitors;
using Microsoft.Extensions.DependencyInjection;

namespace Checkout.ComponentTests.Cart;

public sealed class CartPageTests : CheckoutTestContext
{
    private const string FirstCart = "cart-1";

    private static CancellationToken Ct => Xunit.TestContext.Current.CancellationToken;


    [Fact]
    public void An_empty_cart_says_so_and_links_to_the_programme()
    {
        var page = Render<CartPage>();

        page.WaitForAssertion(() => Assert.Equal("Je winkelwagen is leeg", page.Find("h1").TextContent));
        var empty = page.Find("[data-testid=cart-empty]");
        Assert.Contains("Je hebt nog geen kaarten gekozen.", empty.TextContent);
        Assert.Equal("./", empty.QuerySelector("a")!.GetAttribute("href"));
        Assert.Empty(page.FindAll("[data-testid=go-checkout]"));
        Assert.Empty(page.FindAll("[data-testid=cart-timer]"));
    }

    [Fact]
    public async Task Reads_the_cart_once_when_opened()
    {
        await AddAsync(standard: 1);
        Clock.Advance(TimeSpan.FromMinutes(1));
        Vdm.Calls.Clear();

        var page = Render<CartPage>();

        page.WaitForAssertion(() => Assert.Single(page.FindAll("[data-testid=cart-line]")));
        Assert.Equal(["GetCart"], Vdm.Calls);
    }

    // The add and the cart page its redirect leads to are one visitor action: VdM's answer to the add is shown, once.
    [Fact]
    public async Task Right_after_an_add_shows_the_cart_VdM_answered_to_it_and_reads_the_cart_when_opened_again()
    {
        await AddAsync(standard: 2);
        Vdm.Calls.Clear();

        var page = Render<CartPage>();
        page.WaitForAssertion(() => Assert.Equal(2, page.FindAll("[data-testid=cart-line]").Count));
        Assert.Empty(Vdm.Calls);

        var again = Render<CartPage>();
        again.WaitForAssertion(() => Assert.Equal(2, again.FindAll("[data-testid=cart-line]").Count));
        Assert.Equal(["GetCart"], Vdm.Calls);
    }

    [Fact]
    public async Task Lists_every_held_ticket_with_the_total_from_VdM()
    {
        await AddAsync(standard: 2, cjp: 1);

        var page = Render<CartPage>();

        page.WaitForAssertion(() => Assert.Equal(3, page.FindAll("[data-testid=cart-line]").Count));
        Assert.Equal("Je winkelwagen", page.Find("h1").TextContent);
        var cjp = page.FindAll("[data-testid=cart-line]")[2];
        Assert.Contains("Hamlet", cjp.TextContent);
        Assert.Contains(Formats.DateTime(DemoCatalog.Start), cjp.TextContent);
        Assert.Contains("Grote Zaal", cjp.TextContent);
        Assert.Contains("CJP", cjp.TextContent);
        Assert.Contains(Formats.Money(23.50m), cjp.TextContent);
        Assert.Empty(page.FindAll("[data-testid=cart-line-seat]"));
        Assert.Equal(
            $"CJP voor Hamlet, {Formats.DateTime(DemoCatalog.Start)} verwijderen",
            cjp.QuerySelector("[data-testid=cart-line-remove]")!.GetAttribute("aria-label"));
        Assert.Equal(Formats.Money(72.50m), page.Find("[data-testid=cart-total]").TextContent);
        Assert.Contains("Kosten van je betaalmethode", page.Markup);
        Assert.Equal("checkout", page.Find("[data-testid=go-checkout]").GetAttribute("href"));
        Assert.Equal("15:00", page.Find("[data-testid=cart-timer]").TextContent);
    }





    [Fact]
    public async Task Reserving_again_when_sold_out_meanwhile_explains_why_and_keeps_the_selection()
    {
        await AddAsync(standard: 2);
        await Vdm.Public.Empty(FirstCart);
        Vdm.Public.FreeSeats[DemoCatalog.Performance] = 0;
        Clock.Advance(TimeSpan.FromMinutes(1));
        var page = Render<CartPage>();
        page.WaitForAssertion(() => Assert.Single(page.FindAll("[data-testid=cart-reserve-again]")));

        page.Find("[data-testid=cart-reserve-again]").Click();

        page.WaitForAssertion(() => Assert.Equal(
            "Er zijn niet genoeg kaarten meer van dit soort. Kies een kleiner aantal of een ander kaartsoort.",
            page.Find("[data-testid=cart-reserve-problem]").TextContent.Trim()));
        Assert.Equal(2, page.FindAll("[data-testid=cart-expired-line]").Count);
        Assert.False(page.Find("[data-testid=cart-reserve-again]").HasAttribute("disabled"));
        Assert.Empty(page.FindAll("[data-testid=go-checkout]"));
    }



    [Fact]
    public async Task A_failed_extension_explains_why_and_keeps_the_tickets()
    {
        await AddAsync(standard: 1);
        var page = Render<CartPage>();
        page.WaitForAssertion(() => Assert.Single(page.FindAll("[data-testid=cart-line]")));
        Clock.Advance(TimeSpan.FromMinutes(11));
        Vdm.Public.Fail("AddTickets", () => FakeVdmPublic.Error(503, "down"));

        page.WaitForAssertion(() => page.Find("[data-testid=cart-renew]").Click());

        page.WaitForAssertion(() => Assert.Equal(
            "Het kaartsysteem reageert nu niet. Er is niets verloren gegaan; probeer het zo nog eens.",
            page.Find("[data-testid=cart-renew-problem]").TextContent.Trim()));
        Assert.Single(page.FindAll("[data-testid=cart-line]"));
        Assert.Equal("4:00", page.Find("[data-testid=cart-timer]").TextContent);
        Assert.Single(Vdm.Public.LinesOf(FirstCart));
    }

    [Fact]
    public async Task Uses_the_hold_that_Peppered_reports()
    {
        Vdm.PepperedCartTimeOut = Clock.GetUtcNow().AddMinutes(3);
        await AddAsync(standard: 1);

        var page = Render<CartPage>();

        page.WaitForAssertion(() => Assert.Equal("3:00", page.Find("[data-testid=cart-timer]").TextContent));
        Assert.Single(page.FindAll("[data-testid=cart-renew]"));
        Assert.Contains("Peppered.GetCartSummary", Vdm.Calls);
    }

    [Fact]
    public async Task Links_to_the_previous_order()
    {
        var store = Services.GetRequiredService<CartSessionStore>();
        await store.SaveAsync(new ShopVisitor(ClientKeys.Default, VisitorId, null), CartSession.Empty with
        {
            Order = new PlacedOrder(FirstCart, "KEY01-abcde-fghij", new Uri("https://pay.example.test/pay/KEY01"), Clock.GetUtcNow()),
        }, Ct);

        var page = Render<CartPage>();

        page.WaitForAssertion(() => Assert.Single(page.FindAll("[data-testid=cart-empty]")));
        var link = page.Find("[data-testid=cart-previous-order]");
        Assert.Equal("order/KEY01-abcde-fghij", link.GetAttribute("href"));
        Assert.Equal("Bekijk je vorige bestelling", link.TextContent);
    }

    private async Task AddAsync(int standard, int cjp = 0)
    {
        var change = await Services.GetRequiredService<CartService>().AddAsync(
            DemoCatalog.Performance, DemoCatalog.PerOrder, [new TicketRequest(DemoCatalog.Standard, standard), new TicketRequest(DemoCatalog.Cjp, cjp)], Ct);
        Assert.True(change.Succeeded);
    }
}

public sealed class EnglishCartPageTests() : CheckoutTestContext(culture: "en")
{
    [Fact]
    public async Task Speaks_English()
    {
        await Services.GetRequiredService<CartService>().AddAsync(
            DemoCatalog.Performance, DemoCatalog.PerOrder, [new TicketRequest(DemoCatalog.Standard, 2)], Xunit.TestContext.Current.CancellationToken);

        var page = Render<CartPage>();

        page.WaitForAssertion(() => Assert.Equal(2, page.FindAll("[data-testid=cart-line]").Count));
        Assert.Equal("Your cart", page.Find("h1").TextContent);
        Assert.Equal("€49.00", page.Find("[data-testid=cart-total]").TextContent);
        Assert.Equal("Go to checkout", page.Find("[data-testid=go-checkout]").TextContent.Trim());
        Assert.Equal("Your tickets are held for you.", page.Find("[data-testid=cart-hold-text]").TextContent);
        Assert.Equal("Time left:", page.Find(".hold-timer-time span:not(.hold-timer-icon)").TextContent);
        Assert.StartsWith("Remove Standaard for Hamlet, Monday 1 April 2030, 20:30", page.Find("[data-testid=cart-line-remove]").GetAttribute("aria-label"));
        Assert.Equal("Remove", page.Find("[data-testid=cart-line-remove]").TextContent.Trim());
    }
}
