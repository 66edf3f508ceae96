using System.Net;
using AngleSharp.Dom;
using Checkout.IntegrationTests.Infrastructure;
using Checkout.IntegrationTests.Security;
using Checkout.Sandbox;
using static Checkout.Sandbox.SandboxDemoSeats;

namespace Checkout.IntegrationTests.Seats;

/// <summary>
/// Issue 19 over real HTTP, as a browser without JavaScript uses the seat page: the list's checkboxes posted as one
/// form, held through the Peppered cart with seatId in one action, checked against the current plan, under the caps.
/// </summary>
public sealed class SeatChoiceTests
{
    private const int Hamlet = SandboxDemoIds.ReservedSeating;
    private const string Seats = "/event/1001/seats";

    [Fact]
    public async Task Two_adjacent_seats_posted_from_the_list_are_held_and_the_cart_shows_exactly_those_seats()
    {
        using var app = new CheckoutWebFactory();
        using var visitor = new ShopBrowser(app);
        var page = await visitor.FormPageAsync(Seats);

        var (response, _) = await PostSeatsAsync(visitor, page, Seat(page, DemoStalls, 3, 7), Seat(page, DemoStalls, 3, 8));

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal("/cart", response.Headers.Location!.AbsolutePath);
        Assert.Equal(["Parket, rij 3, stoel 7", "Parket, rij 3, stoel 8"], await VisitorScope.CartSeatsAsync(app, visitor));
        var after = await visitor.PageAsync(Seats);
        Assert.Equal("taken", State(after, DemoStalls, 3, 7));
        Assert.Equal("taken", State(after, DemoStalls, 3, 8));
    }

    [Fact]
    public async Task A_seat_taken_meanwhile_holds_nothing_redraws_the_plan_and_names_the_seat()
    {
        using var app = new CheckoutWebFactory();
        using var slow = new ShopBrowser(app);
        using var quick = new ShopBrowser(app);
        var page = await slow.FormPageAsync(Seats);
        var quickPage = await quick.FormPageAsync(Seats);
        Assert.Equal(HttpStatusCode.Redirect, (await PostSeatsAsync(quick, quickPage, Seat(quickPage, DemoStalls, 4, 8))).Response.StatusCode);

        var (response, body) = await PostSeatsAsync(slow, page, Seat(page, DemoStalls, 4, 7), Seat(page, DemoStalls, 4, 8));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var result = ShopBrowser.Parse(body);
        var problem = result.QuerySelector("[data-testid=seat-problem]")!.TextContent;
        Assert.Contains("net door iemand anders genomen", problem, StringComparison.Ordinal);
        Assert.Contains("Parket, rij 4, stoel 8", problem, StringComparison.Ordinal);
        Assert.DoesNotContain("stoel 7", problem, StringComparison.Ordinal);
        Assert.Equal("taken", State(result, DemoStalls, 4, 8));
        Assert.Equal("selected", State(result, DemoStalls, 4, 7));
        Assert.Empty(await VisitorScope.CartSeatsAsync(app, slow));
        Assert.Equal("free", State(await quick.PageAsync(Seats), DemoStalls, 4, 7));
    }

    // The attack: seat ids the plan does not offer (made up, or of another performance's plan) posted directly.
    [Fact]
    public async Task A_forged_seat_id_or_one_of_another_performance_is_refused_and_nothing_is_held()
    {
        using var app = new CheckoutWebFactory();
        using var visitor = new ShopBrowser(app);
        var page = await visitor.FormPageAsync(Seats);
        var other = await visitor.PageAsync($"/event/{Hamlet + 1}/seats");

        var (forged, forgedBody) = await PostSeatsAsync(visitor, page, Seat(page, DemoStalls, 2, 2), "azL0bNZdD1");
        var (foreign, foreignBody) = await PostSeatsAsync(visitor, page, Seat(other, DemoStalls, 2, 3));

        Assert.Equal((HttpStatusCode.OK, HttpStatusCode.OK), (forged.StatusCode, foreign.StatusCode));
        Assert.NotNull(ShopBrowser.Parse(forgedBody).QuerySelector("[data-testid=seat-problem]"));
        Assert.NotNull(ShopBrowser.Parse(foreignBody).QuerySelector("[data-testid=seat-problem]"));
        Assert.Empty(await VisitorScope.CartSeatsAsync(app, visitor));
        Assert.Equal("free", State(await visitor.PageAsync(Seats), DemoStalls, 2, 2));
    }

    [Fact]
    public async Task A_wheelchair_place_comes_with_its_companion_seat_which_is_not_sold_alone()
    {
        using var app = new CheckoutWebFactory();
        using var alone = new ShopBrowser(app);
        using var visitor = new ShopBrowser(app);
        var page = await alone.FormPageAsync(Seats);
        Assert.Null(page.QuerySelector($"[data-testid=seat-option][data-seat-id='{Seat(page, DemoStalls, 10, 2)}']"));
        Assert.Equal("wheelchair", page.QuerySelector($"[data-testid=seat][data-seat-id='{Seat(page, DemoStalls, 10, 1)}']")!.GetAttribute("data-seat-kind"));

        var (refused, body) = await PostSeatsAsync(alone, page, Seat(page, DemoStalls, 10, 2));
        var (held, _) = await PostSeatsAsync(visitor, await visitor.FormPageAsync(Seats), Seat(page, DemoStalls, 10, 1));

        Assert.Equal(HttpStatusCode.OK, refused.StatusCode);
        Assert.Contains("begeleidersplaats hoort bij een rolstoelplaats", ShopBrowser.Parse(body).QuerySelector("[data-testid=seat-problem]")!.TextContent, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Redirect, held.StatusCode);
        Assert.Equal(["Parket, rij 10, stoel 1", "Parket, rij 10, stoel 2"], await VisitorScope.CartSeatsAsync(app, visitor));
    }

    // The event page reads no seat plan (a best-available purchase keeps its upstream call budget): it offers seat
    // choice to a client with a Peppered key and, where VdM's events list does not say (DocsOnly: no blockAvailability
    // on the list; WheelchairNoticeTests for the list), says what the seat page last learned from VdM's plan.
    [Fact]
    public async Task The_event_page_offers_seat_choice_and_says_wheelchair_places_are_available_without_a_count()
    {
        using var app = new CheckoutWebFactory { Settings = new Dictionary<string, string?> { ["Sandbox:DocsOnly"] = "true" } };
        using var visitor = new ShopBrowser(app);
        var cold = await visitor.PageAsync($"/event/{Hamlet}");
        await visitor.PageAsync(Seats);
        var (general, _) = await visitor.GetAsync($"/event/{SandboxDemoIds.TenSeatsLeft}/seats");

        var page = await visitor.PageAsync($"/event/{Hamlet}");
        var generalPage = await visitor.PageAsync($"/event/{SandboxDemoIds.TenSeatsLeft}");

        Assert.Equal("event/1001/seats", cold.QuerySelector("[data-testid=seat-choice]")!.GetAttribute("href"));
        Assert.Null(cold.QuerySelector("[data-testid=wheelchair-available]"));
        Assert.NotNull(page.QuerySelector("[data-testid=add-to-cart]"));
        Assert.Equal("event/1001/seats", page.QuerySelector("[data-testid=seat-choice]")!.GetAttribute("href"));
        Assert.Equal("Rolstoelplaatsen beschikbaar", page.QuerySelector("[data-testid=wheelchair-available]")!.TextContent.Trim());
        Assert.Equal("/event/1021", general.Headers.Location!.AbsolutePath);
        Assert.Null(generalPage.QuerySelector("[data-testid=seat-choice]"));
    }

    // The abuse rules apply to chosen seats as to best available: the per-visitor cap and the per-order maximum.
    [Fact]
    public async Task Chosen_seats_count_against_the_seat_caps_and_the_per_order_maximum()
    {
        using var app = new CheckoutWebFactory { Settings = SeatHoardingTests.Caps(perVisitor: 3, perAddress: 40) };
        using var visitor = new ShopBrowser(app);
        using var greedy = new ShopBrowser(app);
        var page = await visitor.FormPageAsync(Seats);
        Assert.Equal(HttpStatusCode.Redirect, (await PostSeatsAsync(visitor, page, Seat(page, DemoStalls, 6, 1), Seat(page, DemoStalls, 6, 2))).Response.StatusCode);

        var (capped, cappedBody) = await PostSeatsAsync(visitor, await visitor.FormPageAsync(Seats), Seat(page, DemoStalls, 6, 3), Seat(page, DemoStalls, 6, 4));
        var eleven = Enumerable.Range(1, 11).Select(n => Seat(page, DemoStalls, 7, n)).ToArray();
        var (tooMany, tooManyBody) = await PostSeatsAsync(greedy, await greedy.FormPageAsync(Seats), eleven);

        Assert.Equal((HttpStatusCode.OK, HttpStatusCode.OK), (capped.StatusCode, tooMany.StatusCode));
        Assert.StartsWith("Je houdt al het maximale aantal kaarten tegelijk vast", Problem(cappedBody), StringComparison.Ordinal);
        Assert.StartsWith("Je hebt het maximum aantal kaarten per bestelling bereikt", Problem(tooManyBody), StringComparison.Ordinal);
        Assert.Equal(["Parket, rij 6, stoel 1", "Parket, rij 6, stoel 2"], await VisitorScope.CartSeatsAsync(app, visitor));
        Assert.Empty(await VisitorScope.CartSeatsAsync(app, greedy));
    }

    internal static string Seat(IDocument page, string section, int row, int number) =>
        PlanSeat(page, section, row, number).GetAttribute("data-seat-id")!;

    private static IElement PlanSeat(IDocument page, string section, int row, int number) =>
        page.QuerySelectorAll("[data-testid=seat]").Single(s => s.GetAttribute("aria-label")!.StartsWith($"{section}, rij {row}, stoel {number},", StringComparison.Ordinal));

    private static string State(IDocument page, string section, int row, int number) =>
        PlanSeat(page, section, row, number).GetAttribute("data-seat-state")!;

    private static string Problem(string body) =>
        ShopBrowser.Parse(body).QuerySelector("[data-testid=seat-problem]")!.TextContent.Trim();

    /// <summary>Posts the seat form with exactly these seats ticked (the prices as preselected).</summary>
    internal static Task<(HttpResponseMessage Response, string Body)> PostSeatsAsync(ShopBrowser visitor, IDocument page, params string[] seatIds) =>
        visitor.PostFormAsync(Seats, page, fields =>
        {
            fields.RemoveAll(f => f.Key == "seat");
            fields.AddRange(seatIds.Select(id => new KeyValuePair<string, string>("seat", id)));
        });
}
