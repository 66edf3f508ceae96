using Bunit;
using Checkout.Tests.Shared.Fakes;
using Checkout.VoordeMensen;
using Checkout.VoordeMensen.Public;
using Checkout.Web.Features.Orders;
using Checkout.Web.Features.Tickets;
using Microsoft.AspNetCore.Components;
using Microsoft.Extensions.DependencyInjection;

namespace Checkout.ComponentTests.Tickets;

/// <summary>Every order state VdM has, as My tickets shows it: the word, the next step, and what can be done.</summary>
public sealed class MyOrderStatesTests : MyTicketsTestBase
{
    [Theory]
    [InlineData("paid", "ord", "paid", "Betaald", "Je kaarten zijn geldig", true, true, false)]
    [InlineData("paid", "reemit", "reissued", "Opnieuw uitgegeven", "Alleen de nieuwe kaarten zijn geldig", true, true, false)]
    [InlineData("paid", "reissue", "reissued", "Opnieuw uitgegeven", "Alleen de nieuwe kaarten zijn geldig", true, true, false)]
    [InlineData("paid", "cancel", "cancelledafterpayment", "Geannuleerd", "Stadsschouwburg De Ster heeft deze bestelling geannuleerd", false, false, true)]
    [InlineData("partial", "ord", "partial", "Deels betaald", "om je bestelling af te ronden", false, true, true)]
    [InlineData("none", "res", "reservation", "Gereserveerd", "een reservering die nog niet betaald is", false, true, true)]
    [InlineData("none", "pros", "prospect", "Aanbod", "Stadsschouwburg De Ster heeft deze kaarten als aanbod voor je klaargezet", false, false, true)]
    [InlineData("pending", "ord", "unpaid", "Niet betaald", "opnieuw te proberen met dezelfde kaarten", false, false, false)]
    [InlineData("cancelled", "cancel", "failed", "Niet afgerond", "Er is niets afgeschreven", false, false, false)]
    [InlineData("refunded", "ord", "unknown", "Status onbekend", "een status die we niet kennen", false, false, true)]
    public async Task Each_state_has_its_words_next_step_and_actions(
        string payment, string state, string status, string word, string nextStep, bool tickets, bool calendar, bool contact)
    {
        var key = AddOrder(KnownId, payment, state);
        await VerifyAsync();

        var page = Render<MyTicketsPage>();

        var order = page.WaitForElement("[data-testid=my-order]");
        Assert.Equal(key, order.GetAttribute("data-order-key"));
        Assert.Equal(status, order.GetAttribute("data-order-status"));
        Assert.Equal(word, order.QuerySelector("[data-testid=my-order-state]")!.TextContent.Trim());
        Assert.Contains(nextStep, order.QuerySelector("[data-testid=my-order-next]")!.TextContent, StringComparison.Ordinal);
        Assert.Equal(tickets, order.QuerySelector("[data-testid=ticket-link]") is not null);
        Assert.Equal(calendar, order.QuerySelector("[data-testid=add-to-calendar]") is not null);
        Assert.Equal(contact, order.QuerySelector("[data-testid=contact-venue]") is not null);
        Assert.Equal($"order/{key}", order.QuerySelector("[data-testid=my-order-link]")!.GetAttribute("href"));
        Assert.Contains($"Bestelnummer: {key}", order.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_words_are_the_status_pages_for_the_same_order_state()
    {
        var key = AddOrder(KnownId, "paid", "cancel");
        Vdm.Public.Orders[key] = new OrderStatus(PaymentStatus.Parse("paid"), 1, null, null, []);
        await VerifyAsync();

        var mine = Render<MyTicketsPage>().WaitForElement("[data-testid=my-order-next]").TextContent;
        Services.GetRequiredService<NavigationManager>().NavigateTo($"order/{key}");
        var status = Render<OrderStatusPage>(p => p.Add(o => o.OrderKey, key));

        status.WaitForAssertion(() => Assert.Equal(mine, status.Find("[data-testid=order-next-step]").TextContent));
    }

    [Fact]
    public async Task An_order_deleted_at_VdM_is_not_listed()
    {
        AddOrder(KnownId, "paid", "trash");
        var kept = AddOrder(KnownId, "paid", "ord", daysAgo: 1);
        await VerifyAsync();

        var page = Render<MyTicketsPage>();

        page.WaitForAssertion(() => Assert.Equal([kept], page.FindAll("[data-testid=my-order]").Select(o => o.GetAttribute("data-order-key"))));
    }

    [Fact]
    public async Task A_payment_still_inside_its_window_is_being_confirmed()
    {
        AddOrder(KnownId, "pending", "res", daysAgo: 0);
        await VerifyAsync();

        var order = Render<MyTicketsPage>().WaitForElement("[data-testid=my-order]");

        Assert.Equal("pending", order.GetAttribute("data-order-status"));
        Assert.Equal("Betaling wordt bevestigd", order.QuerySelector("[data-testid=my-order-state]")!.TextContent.Trim());
    }

    [Fact]
    public async Task A_reservation_says_until_when_it_holds()
    {
        AddOrder(KnownId, "none", "res", timeOut: DemoCatalog.Start.AddDays(-1));
        await VerifyAsync();

        var order = Render<MyTicketsPage>().WaitForElement("[data-testid=my-order]");

        Assert.Contains("gereserveerd tot zondag 31 maart 2030, 20:30", order.QuerySelector("[data-testid=my-order-next]")!.TextContent, StringComparison.Ordinal);
    }
}

/// <summary>The same list in English.</summary>
public sealed class MyTicketsInEnglishTests() : MyTicketsTestBase("en")
{
    [Fact]
    public async Task States_and_actions_read_in_English()
    {
        AddOrder(KnownId, "paid", "cancel");
        AddOrder(KnownId, "paid", "ord", daysAgo: 1);
        await VerifyAsync();

        var page = Render<MyTicketsPage>();

        page.WaitForAssertion(() => Assert.Equal(2, page.FindAll("[data-testid=my-order]").Count));
        Assert.Equal("My tickets", page.Find("h1").TextContent);
        Assert.Equal(["Cancelled", "Paid"], page.FindAll("[data-testid=my-order-state]").Select(s => s.TextContent.Trim()).Order());
        Assert.Equal("Add to calendar (.ics)", page.Find("[data-testid=add-to-calendar]").TextContent.Trim());
        Assert.Equal("Row 4, seat 7 · Standaard", page.Find("[data-testid=evening-seat]").TextContent);
    }
}
