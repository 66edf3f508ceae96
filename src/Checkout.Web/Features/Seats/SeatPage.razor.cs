using System.Globalization;
using Checkout.VoordeMensen.Peppered.SeatMaps;
using Checkout.Web.Features.Cart;
using Checkout.Web.Features.Events;
using Microsoft.AspNetCore.Components;

namespace Checkout.Web.Features.Seats;

/// <summary>
/// Choosing seats on a performance's plan: the plan (SVG) and the equivalent list, both drawn from VdM's current
/// plan, and one form post that holds the chosen seats through <see cref="CartService.ChooseSeatsAsync"/>. A seat taken
/// meanwhile redraws the plan from VdM and names the seat; nothing is half-held.
/// </summary>
public sealed partial class SeatPage
{
    private const string FormName = "seat-choice";
    private const string PricePrefix = "price-";

    private SeatMap? map;
    private IReadOnlyList<SeatRank> ranks = [];
    private HashSet<string> selected = new(StringComparer.Ordinal);
    private Dictionary<int, string> priceChoices = [];
    private IReadOnlyList<SeatPlace> gone = [];
    private string? problem;
    private string? performanceName;
    private int maxPerOrder;
    private int inCart;
    private bool unavailable;

    [Parameter]
    public int PerformanceId { get; set; }

    [Inject]
    private ProgrammeService Programme { get; set; } = default!;

    [Inject]
    private SeatHolds Seats { get; set; } = default!;

    [Inject]
    private CartService Cart { get; set; } = default!;

    [Inject]
    private SeatPlanSummaries Summaries { get; set; } = default!;

    [Inject]
    private Shell.Embedding.Analytics.VenueEvents VenueEvents { get; set; } = default!;

    [Inject]
    private NavigationManager Navigation { get; set; } = default!;

    [Inject]
    private TimeProvider Time { get; set; } = default!;

    [CascadingParameter]
    private HttpContext? HttpContext { get; set; }

    private string PageHref => $"event/{PerformanceId}/seats";

    private string EventHref => $"event/{PerformanceId}";

    private int Cap => Math.Max(0, maxPerOrder - inCart);

    protected override async Task OnInitializedAsync()
    {
        var lookup = await Programme.FindPerformanceAsync(PerformanceId, CancellationToken.None);
        if (!lookup.Succeeded)
        {
            unavailable = true;
            return;
        }

        if (lookup.Value is not var (production, performance) || (performance.End ?? performance.Start) <= Time.GetUtcNow())
        {
            Navigation.NotFound();
            return;
        }

        performanceName = $"{production.Name} – {Components.Shared.Formats.DateTime(performance.Start)}";
        maxPerOrder = performance.MaxPerOrder;
        inCart = (await Cart.GetAsync(CancellationToken.None)).Cart.Lines.Where(l => l.EventId == PerformanceId).Sum(l => l.Quantity);
        await LoadMapAsync();
    }

    private async Task LoadMapAsync()
    {
        var (found, mapProblem) = await Seats.FindMapAsync(PerformanceId, CancellationToken.None);
        if (mapProblem == CartProblem.None)
        {
            await Summaries.LearnAsync(PerformanceId, found, CancellationToken.None);
        }

        if (found is null)
        {
            unavailable = mapProblem != CartProblem.None;
            if (!unavailable)
            {
                // No plan (general admission): best available on the event page is the way to order.
                Navigation.NavigateTo(EventHref);
            }

            return;
        }

        map = found;
        ranks = [.. found.Ranks.Where(r => r.Prices.Count > 0)];
    }

    private async Task ChooseAsync()
    {
        if (map is null || HttpContext is null)
        {
            return;
        }

        var form = HttpContext.Request.Form;
        priceChoices = form.Keys.Where(k => k.StartsWith(PricePrefix, StringComparison.Ordinal))
            .Select(k => (Ok: int.TryParse(k.AsSpan(PricePrefix.Length), NumberStyles.None, CultureInfo.InvariantCulture, out var rank), Rank: rank, Price: form[k].ToString()))
            .Where(p => p.Ok)
            .DistinctBy(p => p.Rank)
            .ToDictionary(p => p.Rank, p => p.Price);
        var seatIds = form["seat"].Where(s => !string.IsNullOrEmpty(s)).Take(maxPerOrder + 1).Select(s => s!).ToList();
        var requests = seatIds
            .Select(id => new SeatRequest(id, map.Find(id) is { } seat && map.RankOf(seat) is { } rank ? SeatPriceChoice.For(rank, priceChoices) : null))
            .ToList();
        if (requests.Count == 0)
        {
            problem = T["NothingChosen"];
            return;
        }

        var change = await Cart.ChooseSeatsAsync(PerformanceId, maxPerOrder, requests, CancellationToken.None);
        if (change.Succeeded)
        {
            await VenueEvents.SeatsAddedToCartAsync(change.HeldSeats, CancellationToken.None);
            Navigation.NavigateTo("cart");
            return;
        }

        problem = CartT.For(change.Problem);
        gone = change.GoneSeats;
        await LoadMapAsync();
        selected = [.. seatIds.Where(id => map?.Find(id) is { IsFree: true })];
    }
}
