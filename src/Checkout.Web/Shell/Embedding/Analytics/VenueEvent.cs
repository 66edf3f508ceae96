using System.Text.Json.Serialization;
using Checkout.Web.Shell.Embedding.VenueContext;

namespace Checkout.Web.Shell.Embedding.Analytics;

/// <summary>
/// An analytics event for the venue page, posted as a v1 message of the embed contract (docs/embedding.md) so the
/// venue's own analytics can record a conversion. Names what was bought and for how much, never who bought it: no
/// e-mail, name, order key or visitor id.
/// </summary>
public sealed record VenueEvent
{
    public const string CheckoutStarted = "checkout_started";
    public const string AddToCart = "add_to_cart";
    public const string Purchase = "purchase";

    /// <summary>VdM sells in euros.</summary>
    public const string Euro = "EUR";

    /// <summary>The contract version every message carries.</summary>
    [JsonPropertyOrder(-2)]
    public int V => 1;

    [JsonPropertyOrder(-1)]
    public required string Type { get; init; }

    public string Currency { get; init; } = Euro;

    /// <summary>Tickets and donation, without payment costs.</summary>
    public required decimal Value { get; init; }

    /// <summary>Purchase only: an opaque reference of the order (<see cref="OrderReference"/>).</summary>
    public string? Order { get; init; }

    public IReadOnlyList<VenueItem> Items { get; init; } = [];

    public VenueCampaign? Campaign { get; init; }
}
