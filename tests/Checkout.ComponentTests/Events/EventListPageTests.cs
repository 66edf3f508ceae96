using Bunit;
using Checkout.ComponentTests.Infrastructure;
using Checkout.Tests.Shared.Fakes;
using Checkout.VoordeMensen.Peppered;
using Checkout.VoordeMensen.Public;
using Checkout.Web.Features.Events;
using Microsoft.AspNetCore.Components;
using Microsoft.Extensions.DependencyInjection;

namespace Checkout.ComponentTests.Events;

public sealed class EventListPageTests : CheckoutTestContext
{
    public EventListPageTests() => Vdm.Public.Productions.Add(Notenkraker);

    /// <summary>A second production in another hall; its performances all allow 3 per order.</summary>
    private static Production Notenkraker { get; } = new()
    {
        Id = 200,
        Name = "De Notenkraker",
        ShortText = "Nationaal Danstheater",
        Performances =
        [
            Performance(201, DemoCatalog.Start.AddDays(5), 3),
            Performance(202, DemoCatalog.Start.AddDays(6), 3),
        ],
    };

    [Fact]
    public void Lists_each_performance_as_a_card_under_its_production()
    {
        var page = RenderAt("/");

        var sections = page.FindAll("section.production");
        Assert.Equal(["Hamlet", "De Notenkraker"], sections.Select(s => s.QuerySelector("h2")!.TextContent.Trim()));
        Assert.Contains("Toneelgroep Noorderlicht", sections[0].TextContent, StringComparison.Ordinal);
        Assert.Equal(["95", "96", "97"], sections[0].QuerySelectorAll("[data-testid=event-card]").Select(c => c.GetAttribute("data-event-id")));

        var card = Card(page, DemoCatalog.Performance);
        Assert.Equal("event/95", card.QuerySelector("a")!.GetAttribute("href"));
        Assert.Contains("maandag 1 april 2030, 20:30", card.TextContent, StringComparison.Ordinal);
        Assert.Contains("Grote Zaal", card.TextContent, StringComparison.Ordinal);
        Assert.Equal("Kaarten bestellen", card.QuerySelector("a")!.TextContent.Trim());
    }

    [Fact]
    public void Marks_sold_out_and_scarce_performances_without_showing_numbers()
    {
        var page = RenderAt("/");

        var soldOut = Card(page, DemoCatalog.SoldOutPerformance);
        Assert.Equal("Uitverkocht", soldOut.QuerySelector("[data-testid=sold-out]")!.TextContent.Trim());
        Assert.StartsWith("Uitverkocht", soldOut.QuerySelector("a")!.TextContent.Trim(), StringComparison.Ordinal);
        Assert.Equal("event/96", soldOut.QuerySelector("a")!.GetAttribute("href"));

        var fewLeft = Card(page, DemoCatalog.FewLeftPerformance);
        Assert.Equal("Nog enkele kaarten", fewLeft.QuerySelector("[data-testid=few-left]")!.TextContent.Trim());
        Assert.Null(fewLeft.QuerySelector("[data-testid=sold-out]"));

        Assert.Null(Card(page, DemoCatalog.Performance).QuerySelector("[data-testid=few-left], [data-testid=sold-out]"));
        // 3 per order is within "few" but the same for every Notenkraker performance: nothing is scarcer than usual.
        Assert.Empty(page.FindAll("[data-event-id='201'] [data-testid=few-left], [data-event-id='202'] [data-testid=few-left]"));
    }

    // Peppered's events list says per performance whether a wheelchair place can be bought: the card says so in words
    // with a symbol, never how many, and not on a sold-out performance or for a client without a Peppered key.
    [Fact]
    public void Marks_performances_with_wheelchair_places_for_sale_from_the_Peppered_events_list_without_a_count()
    {
        Vdm.PepperedCartTimeOut = DemoCatalog.Start;
        Vdm.PepperedAvailability[DemoCatalog.Performance] = Blocks(("wheel", 3, 2), ("sight", 4, 1));
        Vdm.PepperedAvailability[DemoCatalog.FewLeftPerformance] = Blocks(("wheel", 3, 0));
        Vdm.PepperedAvailability[DemoCatalog.SoldOutPerformance] = Blocks(("wheel", 2, 2));
        Vdm.PepperedAvailability[201] = Blocks(("wheel", 2, null));

        var page = RenderAt("/");

        var notice = Card(page, DemoCatalog.Performance).QuerySelector("[data-testid=wheelchair-available]")!;
        Assert.Equal("Rolstoelplaatsen beschikbaar", notice.TextContent.Trim());
        Assert.Equal("true", notice.QuerySelector("svg")!.GetAttribute("aria-hidden"));
        Assert.Equal(["95"], page.FindAll("[data-testid=event-card]")
            .Where(c => c.QuerySelector("[data-testid=wheelchair-available]") is not null).Select(c => c.GetAttribute("data-event-id")));
        Assert.Equal(1, Vdm.Calls.Count(c => c == "Peppered.GetEvents"));
    }

    [Fact]
    public void Says_nothing_about_wheelchair_places_without_a_Peppered_key()
    {
        Vdm.PepperedAvailability[DemoCatalog.Performance] = Blocks(("wheel", 3, 2));

        var page = RenderAt("/");

        Assert.Empty(page.FindAll("[data-testid=wheelchair-available]"));
        Assert.DoesNotContain("Peppered.GetEvents", Vdm.Calls);
    }

    private static EventAvailability Blocks(params (string Type, int Total, int? Available)[] blocks) =>
        new([], [.. blocks.Select(b => new BlockAvailability(b.Type == "wheel" ? BlockKind.Wheelchair : BlockKind.ObstructedView, b.Type, null, b.Total, b.Available))], [])
        {
            BlocksReported = true,
        };

    [Fact]
    public void Says_so_when_nothing_is_on_sale()
    {
        Vdm.Public.Productions.Clear();

        var page = RenderAt("/");

        Assert.Equal("Er staan op dit moment geen voorstellingen in de verkoop.", page.Find("[data-testid=programme-empty]").TextContent.Trim());
        Assert.Empty(page.FindAll("[data-testid=event-card]"));
        Assert.Empty(page.FindAll("[data-testid=programme-no-match]"));
    }

    [Fact]
    public void Offers_a_retry_when_VdM_fails()
    {
        Vdm.Public.Fail("GetProductions", () => FakeVdmPublic.Error(503, "down"));

        var page = RenderAt("/?q=hamlet");

        var error = page.Find("[data-testid=programme-error]");
        Assert.Contains("Het programma kan nu niet worden geladen", error.TextContent, StringComparison.Ordinal);
        Assert.Equal("./?q=hamlet", error.QuerySelector("a")!.GetAttribute("href"));
        Assert.Empty(page.FindAll("[data-testid=event-card]"));
    }

    [Theory]
    [InlineData("HAMLET", new[] { 95, 96, 97 })]
    [InlineData("danstheater", new[] { 201, 202 })]
    [InlineData("kleine zaal", new[] { 201, 202 })]
    [InlineData("  noorderlicht ", new[] { 95, 96, 97 })]
    public void Text_search_matches_name_short_text_and_hall_ignoring_case(string query, int[] expected)
    {
        var page = RenderAt($"/?q={Uri.EscapeDataString(query)}");

        Assert.Equal(expected, CardIds(page));
        Assert.Equal(query.Trim(), page.Find("input[name=q]").GetAttribute("value"));
        Assert.Equal("./", page.Find("[data-testid=filter-clear]").GetAttribute("href"));
    }

    [Fact]
    public void Date_filter_shows_the_performances_of_that_day()
    {
        var page = RenderAt("/?date=2030-04-02");

        Assert.Equal([DemoCatalog.SoldOutPerformance], CardIds(page));
        Assert.Equal("2030-04-02", page.Find("input[name=date]").GetAttribute("value"));
    }

    [Fact]
    public void A_search_without_results_says_so_and_offers_to_clear_it()
    {
        var page = RenderAt("/?q=macbeth&date=2030-04-01");

        var noMatch = page.Find("[data-testid=programme-no-match]");
        Assert.Contains("Geen voorstellingen gevonden", noMatch.TextContent, StringComparison.Ordinal);
        Assert.Equal("./", noMatch.QuerySelector("a")!.GetAttribute("href"));
        Assert.Empty(page.FindAll("[data-testid=event-card]"));
        Assert.Empty(page.FindAll("[data-testid=programme-empty]"));
    }

    [Fact]
    public void Invalid_query_values_are_ignored_or_cut()
    {
        var page = RenderAt($"/?date=2030-13-45&q={new string('x', 150)}");

        Assert.Null(page.Find("input[name=date]").GetAttribute("value"));
        Assert.Equal(new string('x', ProgrammeFilter.MaxQueryLength), page.Find("input[name=q]").GetAttribute("value"));
        Assert.NotNull(page.Find("[data-testid=programme-no-match]"));

        var unfiltered = RenderAt("/?date=tomorrow");
        Assert.Equal([95, 96, 97, 201, 202], CardIds(unfiltered));
        Assert.Empty(unfiltered.FindAll("[data-testid=filter-clear]"));
    }

    [Fact]
    public void The_filter_is_a_plain_get_form_with_labelled_fields()
    {
        var page = RenderAt("/");

        var form = page.Find("form[role=search]");
        Assert.Equal("get", form.GetAttribute("method"));
        Assert.Equal("date", form.QuerySelector("input[name=date]")!.GetAttribute("type"));
        foreach (var input in form.QuerySelectorAll("input"))
        {
            Assert.NotNull(form.QuerySelector($"label[for='{input.Id}']"));
        }
    }

    private IRenderedComponent<EventListPage> RenderAt(string uri)
    {
        Services.GetRequiredService<NavigationManager>().NavigateTo(uri);
        return Render<EventListPage>();
    }

    private static AngleSharp.Dom.IElement Card(IRenderedComponent<EventListPage> page, int performanceId) =>
        page.Find($"[data-testid=event-card][data-event-id='{performanceId}']");

    private static int[] CardIds(IRenderedComponent<EventListPage> page) =>
        [.. page.FindAll("[data-testid=event-card]").Select(c => int.Parse(c.GetAttribute("data-event-id")!, System.Globalization.CultureInfo.InvariantCulture))];

    private static Performance Performance(int id, DateTimeOffset start, int maxPerOrder) => new()
    {
        Id = id,
        ProductionId = 200,
        Name = "De Notenkraker",
        Start = start,
        Status = PerformanceStatus.Published,
        MaxPerOrder = maxPerOrder,
        LocationName = "Kleine Zaal",
    };
}
