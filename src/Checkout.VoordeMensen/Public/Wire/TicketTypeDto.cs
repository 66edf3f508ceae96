using System.Text.Json.Serialization;

namespace Checkout.VoordeMensen.Public.Wire;

internal sealed class TicketTypeDto
{
    [JsonPropertyName("discount_id")] public string? DiscountId { get; init; }
    [JsonPropertyName("discount_name")] public string? Name { get; init; }
    [JsonPropertyName("base_price")] public decimal? BasePrice { get; init; }
    [JsonPropertyName("discount_type")] public string? DiscountType { get; init; }
    [JsonPropertyName("discount_value")] public decimal? DiscountValue { get; init; }
    [JsonPropertyName("discounted_price")] public decimal? DiscountedPrice { get; init; }
}
