using System.Text.Json;
using System.Text.Json.Serialization;

namespace Checkout.Web.Shell.Embedding.Analytics;

/// <summary>The wire form of a <see cref="VenueEvent"/>: snake_case, absent fields left out.</summary>
public static class VenueEventJson
{
    private static readonly JsonSerializerOptions Options = new(JsonSerializerDefaults.Web)
    {
        PropertyNamingPolicy = JsonNamingPolicy.SnakeCaseLower,
        DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
    };

    public static string Serialize(VenueEvent venueEvent) => JsonSerializer.Serialize(venueEvent, Options);
}
