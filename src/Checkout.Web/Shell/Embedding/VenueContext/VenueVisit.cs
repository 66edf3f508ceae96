using System.Text.Json.Serialization;
using Checkout.Web.Shell.Embedding.Analytics;

namespace Checkout.Web.Shell.Embedding.VenueContext;

/// <summary>
/// What the shop keeps for a visitor who came through a venue's page: the details and campaign the page passed in, and
/// the analytics events waiting for the venue page (an add-to-cart answered by a redirect, a purchase paid outside the
/// frame). Server-side under the visitor id like the cart session; only the events ever reach a browser.
/// </summary>
public sealed record VenueVisit
{
    /// <summary>The format <see cref="VenueVisitStore"/> writes; another version is read as empty.</summary>
    public const int CurrentVersion = 1;

    /// <summary>Events kept for the venue page at most; older ones are dropped first.</summary>
    public const int MaxPending = 20;

    public static VenueVisit Empty { get; } = new();

    public int Version { get; init; }

    public VenuePrefill? Prefill { get; init; }

    public VenueCampaign? Campaign { get; init; }

    /// <summary>Events for the venue page, oldest first, delivered by the next basket counter it loads.</summary>
    public IReadOnlyList<VenueEvent> Pending { get; init; } = [];

    /// <summary>The order placed last, reported to the venue page once VdM says it is paid.</summary>
    public PendingPurchase? Purchase { get; init; }

    [JsonIgnore]
    public bool HasDeliveries => Pending.Count > 0 || Purchase is not null;

    public VenueVisit Enqueue(VenueEvent venueEvent) => this with { Pending = [.. Pending.Append(venueEvent).TakeLast(MaxPending)] };
}
