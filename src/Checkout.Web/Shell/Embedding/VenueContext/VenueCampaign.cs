using System.Text.Json.Serialization;

namespace Checkout.Web.Shell.Embedding.VenueContext;

/// <summary>
/// The campaign a venue page passed in (its UTM values), so a purchase reported pages later is still attributed to
/// it. Never sent to VdM: its order create has no field for it.
/// </summary>
public sealed record VenueCampaign(string? Source, string? Medium, string? Campaign, string? Term, string? Content)
{
    [JsonIgnore]
    public bool IsEmpty => Source is null && Medium is null && Campaign is null && Term is null && Content is null;
}
