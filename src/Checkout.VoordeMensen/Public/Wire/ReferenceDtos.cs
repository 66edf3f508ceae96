using System.Text.Json.Serialization;

namespace Checkout.VoordeMensen.Public.Wire;

internal sealed class PaymentMethodDto
{
    [JsonPropertyName("payment_id")] public int? Id { get; init; }
    [JsonPropertyName("payment_desc")] public string? Description { get; init; }
    [JsonPropertyName("payment_cost")] public decimal? Cost { get; init; }
}

internal sealed class LocationDto
{
    [JsonPropertyName("location_id")] public int? Id { get; init; }
    [JsonPropertyName("location_name")] public string? Name { get; init; }
    [JsonPropertyName("location_address")] public string? Address { get; init; }
    [JsonPropertyName("location_address1")] public string? Address1 { get; init; }
    [JsonPropertyName("location_zip")] public string? Zip { get; init; }
    [JsonPropertyName("location_city")] public string? City { get; init; }
    [JsonPropertyName("location_country")] public string? Country { get; init; }
    [JsonPropertyName("location_phone")] public string? Phone { get; init; }
}

internal sealed class EventTypeDto
{
    [JsonPropertyName("eventtype_name")] public string? Name { get; init; }
}
