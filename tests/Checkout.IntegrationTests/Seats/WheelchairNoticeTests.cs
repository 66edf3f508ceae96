using Checkout.IntegrationTests.Infrastructure;
using Checkout.IntegrationTests.Security;
using Checkout.Sandbox;
using Microsoft.Extensions.DependencyInjection;

namespace Checkout.IntegrationTests.Seats;

/// <summary>
/// Issue 19's "wheelchair places available" on the programme and the event page, from the blockAvailability of VdM's
/// events list read with the programme: without the seat page first, without a count, and at one events-list call per
/// programme refresh whatever the number of visitors and performances.
/// </summary>
public sealed class WheelchairNoticeTests
{
    private const int Hamlet = SandboxDemoIds.ReservedSeating;
    private const string Notice = "[data-testid=wheelchair-available]";

    [Fact]
    public async Task The_programme_and_the_event_page_say_so_for_a_performance_with_free_wheelchair_places_and_not_for_one_without()
    {
        using var app = new CheckoutWebFactory();
        var stats = app.Services.GetRequiredService<SandboxRequestStats>();
        using var visitor = new ShopBrowser(app);
        using var other = new ShopBrowser(app);

        var programme = await visitor.PageAsync("/");
        var eventPage = await visitor.PageAsync($"/event/{Hamlet}");
        var generalPage = await other.PageAsync($"/event/{SandboxDemoIds.TenSeatsLeft}");
        var (_, programmeHtml) = await other.GetAsync("/");

        var card = programme.QuerySelector($"[data-testid=event-card][data-event-id='{Hamlet}']")!;
        Assert.Equal("Rolstoelplaatsen beschikbaar", card.QuerySelector(Notice)!.TextContent.Trim());
        Assert.Null(programme.QuerySelector($"[data-testid=event-card][data-event-id='{SandboxDemoIds.TenSeatsLeft}'] {Notice}"));
        Assert.Equal("Rolstoelplaatsen beschikbaar", eventPage.QuerySelector(Notice)!.TextContent.Trim());
        Assert.Null(generalPage.QuerySelector(Notice));

        // Never a count: the sandbox's Hamlet has 2 of its 3 wheelchair places free, and its block name is not shown.
        Assert.DoesNotMatch(@"\d\s*(rolstoel|wheelchair)", programmeHtml.ToLowerInvariant());

        // The seat page was not needed, and the events list was read once for all visitors and performances.
        Assert.Equal(0, stats.Count(SandboxDemoIds.DemoClient, "peppered.seating"));
        Assert.Equal(1, stats.Count(SandboxDemoIds.DemoClient, "peppered.event"));
    }

    // A VdM whose events list carries no blockAvailability (the contract does not promise it): the programme says
    // nothing, and the event page says what the seat page last learned from the plan, as before.
    [Fact]
    public async Task Without_block_availability_on_the_events_list_the_notice_waits_for_the_seat_page()
    {
        using var app = new CheckoutWebFactory { Settings = new Dictionary<string, string?> { ["Sandbox:DocsOnly"] = "true" } };
        using var visitor = new ShopBrowser(app);

        var programme = await visitor.PageAsync("/");
        var cold = await visitor.PageAsync($"/event/{Hamlet}");
        await visitor.PageAsync($"/event/{Hamlet}/seats");
        var learned = await visitor.PageAsync($"/event/{Hamlet}");

        Assert.Empty(programme.QuerySelectorAll(Notice));
        Assert.Null(cold.QuerySelector(Notice));
        Assert.Equal("Rolstoelplaatsen beschikbaar", learned.QuerySelector(Notice)!.TextContent.Trim());
    }
}
