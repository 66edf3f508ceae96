using Bunit;
using Bunit.TestDoubles;
using Checkout.Tests.Shared.Fakes;
using Checkout.VoordeMensen.Peppered;
using Checkout.Web.Features.Tickets;
using Microsoft.Extensions.DependencyInjection;

namespace Checkout.ComponentTests.Tickets;

/// <summary>My tickets: the code step first, then only the verified customer's own orders, each state in its words.</summary>
public sealed class MyTicketsPageTests : MyTicketsTestBase
{
    [Fact]
    public void Before_verification_only_the_code_step_shows_and_VdM_is_not_asked_about_anyone()
    {
        AddOrder(KnownId, "paid", "ord");

        var page = Render<MyTicketsPage>();

        Assert.Equal("Mijn kaarten", page.Find("h1").TextContent);
        Assert.Equal("Je bestellingen opzoeken", page.Find("#customer-heading").TextContent);
        Assert.NotNull(page.Find("[data-testid=my-tickets] [data-testid=customer-lookup-email]"));
        Assert.Empty(page.FindAll("[data-testid=my-order]"));
        Assert.Empty(page.FindAll("[data-testid=my-tickets-link]"));
        Assert.DoesNotContain(Vdm.Calls, c => c.StartsWith("Peppered.", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Only_the_verified_customers_orders_show_upcoming_first_and_past_ones_without_a_calendar()
    {
        // Attack: orders of another customer (a neighbour in Peppered's export) shown on someone's My tickets.
        Vdm.PepperedEvents.Add(new PepperedEvent { Id = 500, ProductionId = 50, Name = "Vorig seizoen", Start = Clock.GetUtcNow().AddDays(-20), HallId = 1 });
        var soon = AddOrder(KnownId, "paid", "ord", DemoCatalog.Performance, daysAgo: 3);
        var later = AddOrder(KnownId, "paid", "ord", DemoCatalog.FewLeftPerformance, daysAgo: 1);
        var gone = AddOrder(KnownId, "paid", "ord", 500, daysAgo: 60);
        var neighbours = AddOrder(Neighbour, "paid", "ord");
        await VerifyAsync();

        var page = Render<MyTicketsPage>();

        page.WaitForAssertion(() => Assert.Equal(3, page.FindAll("[data-testid=my-order]").Count));
        Assert.Equal([soon, later], page.FindAll("section[aria-labelledby=my-tickets-upcoming] [data-testid=my-order]").Select(o => o.GetAttribute("data-order-key")));
        var past = Assert.Single(page.FindAll("section[aria-labelledby=my-tickets-past] [data-testid=my-order]"));
        Assert.Equal(gone, past.GetAttribute("data-order-key"));
        Assert.Contains("Vorig seizoen", past.TextContent, StringComparison.Ordinal);
        Assert.Empty(past.QuerySelectorAll("[data-testid=add-to-calendar]"));
        Assert.DoesNotContain(neighbours, page.Markup, StringComparison.Ordinal);

        var first = page.FindAll("[data-testid=my-order]")[0];
        Assert.Equal("Hamlet", first.QuerySelector("[data-testid=evening] h4")!.TextContent);
        Assert.Equal("Grote Zaal", first.QuerySelector("[data-testid=evening-where] span")!.TextContent);
        Assert.Equal("Leidsekade 90, 1017 PN Amsterdam", first.QuerySelector("[data-testid=evening-address]")!.TextContent);
        Assert.Equal("Rij 4, stoel 7 · Standaard", first.QuerySelector("[data-testid=evening-seat]")!.TextContent);
        Assert.Equal($"order/{soon}/calendar/{DemoCatalog.Performance}.ics", first.QuerySelector("[data-testid=add-to-calendar]")!.GetAttribute("href"));
        Assert.StartsWith("https://calendar.google.com/calendar/render?action=TEMPLATE", first.QuerySelector("[data-testid=calendar-google]")!.GetAttribute("href"), StringComparison.Ordinal);
        Assert.Equal($"https://tickets.example.test/demo/order/{soon}/ticket", first.QuerySelector("[data-testid=ticket-link]")!.GetAttribute("href"));
        Assert.Equal($"order/{soon}", first.QuerySelector("[data-testid=my-order-link]")!.GetAttribute("href"));
    }

    [Fact]
    public async Task Renders_of_my_tickets_download_the_customers_orders_once()
    {
        // Attack: reloading My tickets downloaded two years of Peppered orders every time.
        AddOrder(KnownId, "paid", "ord");
        await VerifyAsync();

        for (var render = 0; render < 4; render++)
        {
            var page = Render<MyTicketsPage>();
            page.WaitForAssertion(() => Assert.Single(page.FindAll("[data-testid=my-order]")));
        }

        Assert.Equal(1, Vdm.Calls.Count(c => c == "Peppered.ExportOrders"));
        Assert.Equal(1, Vdm.Calls.Count(c => c == "Peppered.GetHalls"));
    }

    [Fact]
    public async Task An_address_VdM_does_not_know_is_told_so_without_asking_for_orders()
    {
        await VerifyAsync("new@example.com", customerId: null);

        var page = Render<MyTicketsPage>();

        Assert.Contains("We kennen geen bestellingen bij new@example.com", page.Find("[data-testid=my-tickets-empty]").TextContent, StringComparison.Ordinal);
        Assert.DoesNotContain("Peppered.ExportOrders", Vdm.Calls);
    }

    [Fact]
    public async Task A_customer_without_orders_is_told_so()
    {
        AddOrder(Neighbour, "paid", "ord");
        await VerifyAsync();

        var page = Render<MyTicketsPage>();

        page.WaitForAssertion(() => Assert.Equal("Je hebt nog geen bestellingen bij ons.", page.Find("[data-testid=my-tickets-empty]").TextContent));
    }

    [Fact]
    public async Task When_VdM_cannot_list_the_orders_a_retry_is_offered()
    {
        AddOrder(KnownId, "paid", "ord");
        await VerifyAsync();
        Vdm.OrderExportFails = true;

        var page = Render<MyTicketsPage>();

        page.WaitForAssertion(() => Assert.NotNull(page.Find("[data-testid=my-tickets-error]")));
        // A static page: the retry loads it again.
        Assert.Equal("my-tickets", page.Find("[data-testid=my-tickets-retry]").GetAttribute("href"));
        Vdm.OrderExportFails = false;
        var again = Render<MyTicketsPage>();
        again.WaitForAssertion(() => Assert.Single(again.FindAll("[data-testid=my-order]")));
    }

    [Fact]
    public void Without_a_Peppered_key_my_tickets_is_not_offered()
    {
        Vdm.PepperedCartTimeOut = null;

        var page = Render<MyTicketsPage>();

        Assert.Contains("Mijn kaarten is bij Stadsschouwburg De Ster niet beschikbaar", page.Find("[data-testid=my-tickets-unavailable]").TextContent, StringComparison.Ordinal);
        Assert.Empty(page.FindAll("[data-testid=customer-step]"));
    }
}
