using Bunit;
using Checkout.ComponentTests.Infrastructure;
using Checkout.Tests.Shared.Fakes;
using Checkout.VoordeMensen;
using Checkout.VoordeMensen.Peppered;
using Checkout.VoordeMensen.Public;
using Checkout.Web.Features.Cart;
using Checkout.Web.Features.Orders;
using Checkout.Web.Features.Purchase;
using Microsoft.AspNetCore.Components;
using Microsoft.Extensions.DependencyInjection;

namespace Checkout.ComponentTests.Tickets;

/// <summary>The paid status page of an order placed here: what a buyer needs on the evening, per performance.</summary>
public sealed class PaidPageEveningsTests : CheckoutTestContext
{
    private static CancellationToken Ct => Xunit.TestContext.Current.CancellationToken;

    /// <summary>Two standard tickets for performance 95 and one CJP ticket for 97, one order, paid.</summary>
    private async Task<string> PlacePaidOrderAsync()
    {
        var cart = Services.GetRequiredService<CartService>();
        await cart.AddAsync(DemoCatalog.Performance, DemoCatalog.PerOrder, [new TicketRequest(DemoCatalog.Standard, 2)], Ct);
        await cart.AddAsync(DemoCatalog.FewLeftPerformance, DemoCatalog.PerOrder, [new TicketRequest(DemoCatalog.Cjp, 1)], Ct);
        var buyer = new Buyer { Email = "anna@example.test", FirstName = "Anna", LastName = "de Vries" };
        var key = (await Services.GetRequiredService<CheckoutService>().PlaceOrderAsync(buyer, 33, new Uri("https://shop.test/order/return"), Ct)).Order!.OrderKey;
        Vdm.Public.Orders[key] = new OrderStatus(PaymentStatus.Parse("paid"), 3, new Uri($"https://tickets.example.test/demo/order/{key}/ticket"), null,
            [new OrderSeat("1", "Hamlet", null), new OrderSeat("2", "Hamlet", null), new OrderSeat("3", "Hamlet", null)]);
        return key;
    }

    private IRenderedComponent<OrderStatusPage> RenderOrder(string key)
    {
        Services.GetRequiredService<NavigationManager>().NavigateTo($"order/{key}");
        return Render<OrderStatusPage>(p => p.Add(o => o.OrderKey, key));
    }

    [Fact]
    public async Task Both_performances_of_one_order_show_with_date_hall_address_seats_and_calendar()
    {
        Vdm.PepperedCartTimeOut = Clock.GetUtcNow().AddMinutes(15);
        var key = await PlacePaidOrderAsync();

        var page = RenderOrder(key);

        var evenings = page.WaitForElements("[data-testid=evening]");
        Assert.Equal([$"{DemoCatalog.Performance}", $"{DemoCatalog.FewLeftPerformance}"], evenings.Select(e => e.GetAttribute("data-performance-id")));
        Assert.Equal(["Hamlet", "Hamlet"], page.FindAll("[data-testid=evening] h2").Select(h => h.TextContent));
        Assert.Equal(["maandag 1 april 2030, 20:30 – 22:30", "woensdag 3 april 2030, 20:30 – 22:30"],
            page.FindAll("[data-testid=evening-when]").Select(w => w.TextContent));
        Assert.All(page.FindAll("[data-testid=evening-address]"), a => Assert.Equal("Leidsekade 90, 1017 PN Amsterdam", a.TextContent));
        Assert.Equal(["2 × Standaard, vrije plaatsing", "1 × CJP, vrije plaatsing"], page.FindAll("[data-testid=evening-seat]").Select(s => s.TextContent));
        Assert.Equal([$"order/{key}/calendar/{DemoCatalog.Performance}.ics", $"order/{key}/calendar/{DemoCatalog.FewLeftPerformance}.ics"],
            page.FindAll("[data-testid=add-to-calendar]").Select(a => a.GetAttribute("href")));
        Assert.All(page.FindAll("[data-testid=add-to-calendar]"), a => Assert.EndsWith(".ics", a.GetAttribute("download"), StringComparison.Ordinal));
        Assert.Equal(2, page.FindAll("[data-testid=calendar-google]").Count);
        Assert.Equal($"Bestelnummer: {key}", page.Find("[data-testid=order-reference]").TextContent);
        Assert.Equal("my-tickets", page.Find("[data-testid=my-tickets-link]").GetAttribute("href"));
        Assert.NotNull(page.Find("[data-testid=order-tickets]"));
        Assert.NotNull(page.Find("[data-testid=back-to-venue]"));
        Assert.DoesNotContain("Voor: Hamlet", page.Markup, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Without_a_Peppered_key_the_evening_keeps_date_time_and_hall_name_without_address_or_my_tickets()
    {
        var key = await PlacePaidOrderAsync();

        var page = RenderOrder(key);

        page.WaitForAssertion(() => Assert.Equal(2, page.FindAll("[data-testid=evening]").Count));
        Assert.Equal(["Grote Zaal", "Grote Zaal"], page.FindAll("[data-testid=evening-where] span").Select(s => s.TextContent));
        Assert.Empty(page.FindAll("[data-testid=evening-address]"));
        Assert.Equal(2, page.FindAll("[data-testid=add-to-calendar]").Count);
        Assert.Empty(page.FindAll("[data-testid=my-tickets-link]"));
    }

    [Fact]
    public async Task A_reissued_order_says_so_and_keeps_its_evenings()
    {
        Vdm.PepperedCartTimeOut = Clock.GetUtcNow().AddMinutes(15);
        var key = await PlacePaidOrderAsync();
        Vdm.PepperedOrders.Add(new PepperedOrder { Id = 9, OrderKey = key, State = OrderState.Parse("reissue"), PaymentStatus = PaymentStatus.Parse("paid") });
        Clock.Advance(TimeSpan.FromMinutes(Client.Shop.HoldMinutes + 1));

        var page = RenderOrder(key);

        page.WaitForAssertion(() => Assert.Equal("reissued", page.Find("[data-testid=order-status]").GetAttribute("data-outcome")));
        Assert.NotNull(page.Find("[data-testid=order-reissued]"));
        Assert.Equal(2, page.FindAll("[data-testid=evening]").Count);
        Assert.Equal(2, page.FindAll("[data-testid=add-to-calendar]").Count);
        Assert.Equal("my-tickets", page.Find("[data-testid=my-tickets-link]").GetAttribute("href"));
    }

    [Fact]
    public void An_order_this_shop_did_not_place_names_its_events_as_before()
    {
        const string Key = "XgFca-QmBxG-9WhAj-Osszb";
        Vdm.Public.Orders[Key] = new OrderStatus(PaymentStatus.Parse("paid"), 1, null, null, [new OrderSeat("2904", "Hamlet", null)]);

        var page = RenderOrder(Key);

        page.WaitForAssertion(() => Assert.Contains("Voor: Hamlet", page.Markup, StringComparison.Ordinal));
        Assert.Empty(page.FindAll("[data-testid=evening]"));
        Assert.Empty(page.FindAll("[data-testid=add-to-calendar]"));
    }
}
