using Bunit;
using Checkout.ComponentTests.Infrastructure;
using Checkout.Tests.Shared.Fakes;
using Checkout.Web.Features.Cart;
using Checkout.Web.Features.Events;
using Microsoft.AspNetCore.Components;
using Microsoft.Extensions.DependencyInjection;

namespace Checkout.ComponentTests.Events;

public sealed class EventPageTests : CheckoutTestContext
{
    [Fact]
    public void Shows_the_performance_with_a_way_back_to_the_programme()
    {
        var page = RenderEvent(DemoCatalog.Performance);

        Assert.Equal("Hamlet", page.Find("h1").TextContent.Trim());
        Assert.Equal("Toneelgroep Noorderlicht", page.Find("[data-testid=event-short-text]").TextContent.Trim());
        Assert.Equal("maandag 1 april 2030, 20:30 – 22:30", Normalize(page.Find("[data-testid=event-when]").TextContent));
        Assert.Equal("Grote Zaal", page.Find("[data-testid=event-location]").TextContent.Trim());
        Assert.Equal("./", page.Find("nav a").GetAttribute("href"));
        Assert.Equal("Terug naar het programma", page.Find("nav a").TextContent.Trim());
        Assert.Empty(page.FindAll("img"));
    }

    [Fact]
    public void Shows_the_image_with_a_text_alternative()
    {
        Vdm.Public.Productions[0] = Vdm.Public.Productions[0] with { ImageUrl = new Uri("https://img.example.test/hamlet.jpg") };

        var image = RenderEvent(DemoCatalog.Performance).Find("img");

        Assert.Equal("https://img.example.test/hamlet.jpg", image.GetAttribute("src"));
        Assert.Equal("Beeld bij Hamlet", image.GetAttribute("alt"));
    }

    [Fact]
    public void Lists_ticket_types_with_prices_and_discounts_in_words()
    {
        var page = RenderEvent(DemoCatalog.Performance);

        var types = page.FindAll("[data-testid=ticket-type]");
        Assert.Equal([DemoCatalog.Standard, DemoCatalog.Cjp, DemoCatalog.CityPass], types.Select(t => t.GetAttribute("data-discount-id")));

        Assert.Equal("€ 24,50", Price(page, DemoCatalog.Standard));
        Assert.Null(TicketType(page, DemoCatalog.Standard).QuerySelector("[data-testid=ticket-discount]"));
        Assert.Equal("€ 23,50", Price(page, DemoCatalog.Cjp));
        Assert.Equal("normaal € 24,50, € 1,00 korting", Discount(page, DemoCatalog.Cjp));
        Assert.Equal("€ 18,38", Price(page, DemoCatalog.CityPass));
        Assert.Equal("normaal € 24,50, 25% korting", Discount(page, DemoCatalog.CityPass));
    }

    [Fact]
    public void Explains_a_fixed_price()
    {
        Vdm.Public.TicketTypes[DemoCatalog.Performance].Add(
            new VoordeMensen.Public.TicketType("GyPdxwZ3Zp", "Uitflits", 24.50m, VoordeMensen.Public.DiscountKind.FixedPrice, 2m, 2m));

        var page = RenderEvent(DemoCatalog.Performance);

        Assert.Equal("€ 2,00", Price(page, "GyPdxwZ3Zp"));
        Assert.Equal("normaal € 24,50, vaste prijs", Discount(page, "GyPdxwZ3Zp"));
    }

    [Fact]
    public void Each_ticket_type_has_a_labelled_quantity_field_capped_at_the_per_order_maximum()
    {
        var page = RenderEvent(DemoCatalog.Performance);

        var form = page.Find("form");
        Assert.Equal("post", form.GetAttribute("method"));
        Assert.Equal("Kies het aantal kaarten", form.QuerySelector("fieldset > legend")!.TextContent.Trim());
        var quantities = form.QuerySelectorAll("fieldset [data-testid=ticket-qty]");
        Assert.Equal(3, quantities.Length);
        Assert.All(quantities, q =>
        {
            Assert.Equal("number", q.GetAttribute("type"));
            Assert.Equal("0", q.GetAttribute("min"));
            Assert.Equal("10", q.GetAttribute("max"));
            Assert.Equal("0", q.GetAttribute("value"));
            Assert.NotNull(form.QuerySelector($"label[for='{q.Id}']"));
        });
        Assert.Equal("Standaard", form.QuerySelector($"label[for='{quantities[0].Id}']")!.TextContent.Trim());
        Assert.Equal("Form.Lines[0].Quantity", quantities[0].GetAttribute("name"));
        Assert.Equal(DemoCatalog.Standard, form.QuerySelector("input[type=hidden][name='Form.Lines[0].DiscountId']")!.GetAttribute("value"));
        Assert.Equal("submit", page.Find("[data-testid=add-to-cart]").GetAttribute("type"));
    }

    [Fact]
    public void Renders_the_venue_text_with_formatting_but_without_anything_executable()
    {
        Vdm.Public.Productions[0] = Vdm.Public.Productions[0] with
        {
            Text = "<p>Zijn of <em>niet</em> zijn.</p><script>alert('x')</script>"
                + "<img src=\"x\" onerror=\"alert('img')\"><p><a href=\"javascript:alert('link')\">Programma</a>"
                + " <a href=\"https://example.test/\" onclick=\"alert('click')\">Meer</a></p>",
        };

        var text = RenderEvent(DemoCatalog.Performance).Find("[data-testid=event-text]");

        Assert.Equal("niet", text.QuerySelector("p em")!.TextContent);
        Assert.Contains("Zijn of niet zijn.", text.TextContent, StringComparison.Ordinal);
        Assert.Empty(text.QuerySelectorAll("script, img, [onerror], [onclick]"));
        Assert.DoesNotContain("javascript:", text.InnerHtml, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("alert", text.InnerHtml, StringComparison.Ordinal);
        Assert.Equal("https://example.test/", text.QuerySelector("a[href^='https']")!.GetAttribute("href"));
    }

    [Fact]
    public void A_sold_out_performance_says_so_and_offers_nothing_to_order()
    {
        var page = RenderEvent(DemoCatalog.SoldOutPerformance);

        Assert.Contains("uitverkocht", page.Find("[data-testid=event-sold-out]").TextContent, StringComparison.Ordinal);
        Assert.Empty(page.FindAll("form, [data-testid=ticket-qty], [data-testid=add-to-cart]"));
        Assert.DoesNotContain("GetTicketTypes", Vdm.Calls);
    }

    [Fact]
    public void A_performance_without_ticket_types_is_sold_out()
    {
        Vdm.Public.TicketTypes[DemoCatalog.Performance] = [];

        var page = RenderEvent(DemoCatalog.Performance);

        Assert.NotNull(page.Find("[data-testid=event-sold-out]"));
        Assert.Empty(page.FindAll("[data-testid=ticket-qty]"));
    }

    [Fact]
    public async Task Tickets_already_in_the_cart_lower_the_maximum()
    {
        await Services.GetRequiredService<CartService>().AddAsync(DemoCatalog.Performance, DemoCatalog.PerOrder, [new TicketRequest(DemoCatalog.Standard, 3)], CancellationToken.None);

        var page = RenderEvent(DemoCatalog.Performance);

        Assert.All(page.FindAll("[data-testid=ticket-qty]"), q => Assert.Equal("7", q.GetAttribute("max")));
        Assert.Contains("3 kaarten", page.Find("#cap-hint").TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task When_the_cart_holds_the_maximum_it_says_so_and_links_to_the_cart()
    {
        var change = await Services.GetRequiredService<CartService>().AddAsync(DemoCatalog.FewLeftPerformance, DemoCatalog.FewLeftPerOrder, [new TicketRequest(DemoCatalog.Standard, 2)], CancellationToken.None);
        Assert.True(change.Succeeded);

        var page = RenderEvent(DemoCatalog.FewLeftPerformance);

        var capReached = page.Find("[data-testid=cap-reached]");
        Assert.Contains("maximum van 2 kaarten", capReached.TextContent, StringComparison.Ordinal);
        Assert.Equal("cart", capReached.QuerySelector("a")!.GetAttribute("href"));
        Assert.Empty(page.FindAll("form, [data-testid=ticket-qty], [data-testid=add-to-cart]"));
    }

    [Fact]
    public void When_ticket_types_fail_to_load_it_offers_a_retry()
    {
        Vdm.Public.Fail("GetTicketTypes", () => FakeVdmPublic.Error(503, "down"));

        var page = RenderEvent(DemoCatalog.Performance);

        var error = page.Find("[data-testid=tickettypes-error]");
        Assert.Contains("De kaartsoorten kunnen nu niet worden geladen", error.TextContent, StringComparison.Ordinal);
        Assert.Equal("event/95", error.QuerySelector("a")!.GetAttribute("href"));
        Assert.Equal("Hamlet", page.Find("h1").TextContent.Trim());
        Assert.Empty(page.FindAll("[data-testid=ticket-qty]"));
    }

    [Fact]
    public void When_the_programme_fails_to_load_it_offers_a_retry()
    {
        Vdm.Public.Fail("GetProductions", () => FakeVdmPublic.Timeout());

        var error = RenderEvent(DemoCatalog.Performance).Find("[data-testid=event-error]");

        Assert.Equal("event/95", error.QuerySelector("a")!.GetAttribute("href"));
    }

    [Fact]
    public void Submitting_without_choosing_a_ticket_asks_for_one_and_adds_nothing()
    {
        var page = RenderEvent(DemoCatalog.Performance);

        page.Find("form").Submit();

        Assert.Equal("Kies ten minste één kaart.", page.Find("[data-testid=add-to-cart-error]").TextContent.Trim());
        Assert.DoesNotContain("AddTickets", Vdm.Calls);
    }

    [Theory]
    [InlineData(404)]
    [InlineData(96_000)]
    public void An_unknown_performance_is_not_found(int performanceId)
    {
        var notFound = ObserveNotFound();

        RenderEvent(performanceId);

        Assert.True(notFound());
    }

    [Fact]
    public void An_unpublished_performance_is_not_found()
    {
        var production = Vdm.Public.Productions[0];
        Vdm.Public.Productions[0] = production with
        {
            Performances = [.. production.Performances.Select(p => p.Id == DemoCatalog.Performance ? p with { Status = VoordeMensen.Public.PerformanceStatus.Unpublished } : p)],
        };
        var notFound = ObserveNotFound();

        RenderEvent(DemoCatalog.Performance);

        Assert.True(notFound());
    }

    [Fact]
    public void A_performance_that_is_over_is_not_found()
    {
        Clock.SetUtcNow(DemoCatalog.Start.AddHours(3));
        var notFound = ObserveNotFound();

        RenderEvent(DemoCatalog.Performance);

        Assert.True(notFound());
    }

    private IRenderedComponent<EventPage> RenderEvent(int performanceId)
    {
        Services.GetRequiredService<NavigationManager>().NavigateTo($"event/{performanceId}");
        return Render<EventPage>(p => p.Add(e => e.PerformanceId, performanceId));
    }

    private Func<bool> ObserveNotFound()
    {
        var raised = false;
        Services.GetRequiredService<NavigationManager>().OnNotFound += (_, _) => raised = true;
        return () => raised;
    }

    private static AngleSharp.Dom.IElement TicketType(IRenderedComponent<EventPage> page, string discountId) =>
        page.Find($"[data-testid=ticket-type][data-discount-id='{discountId}']");

    private static string Price(IRenderedComponent<EventPage> page, string discountId) =>
        Normalize(TicketType(page, discountId).QuerySelector("[data-testid=ticket-price]")!.TextContent);

    private static string Discount(IRenderedComponent<EventPage> page, string discountId) =>
        Normalize(TicketType(page, discountId).QuerySelector("[data-testid=ticket-discount]")!.TextContent);

    // Culture formats use non-breaking spaces ("€ 24,50"); visitors see ordinary spacing.
    private static string Normalize(string text) =>
        System.Text.RegularExpressions.Regex.Replace(text.Replace('\u00A0', ' ').Replace('\u202F', ' '), @"\s+", " ").Trim();
}
