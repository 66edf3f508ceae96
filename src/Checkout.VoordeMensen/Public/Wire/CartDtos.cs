using System.Text.Json.Serialization;
using Checkout.VoordeMensen.Json;

namespace Checkout.VoordeMensen.Public.Wire;

internal sealed class CartCreatedDto
{
    [JsonPropertyName("cart_id")] public string? CartId { get; init; }
}

/// <summary>Body of POST /cart/{cart_id}; field names exactly as VdM spells them.</summary>
internal sealed class CartAddRequestDto
{
    [JsonPropertyName("event_id")] public required int EventId { get; init; }
    [JsonPropertyName("numberoftickets")] public required int NumberOfTickets { get; init; }
    [JsonPropertyName("discount_id")] public required string DiscountId { get; init; }
}

internal sealed class CartItemDto
{
    [JsonPropertyName("seat_id"), JsonConverter(typeof(OpaqueIdConverter))] public string? SeatId { get; init; }
    [JsonPropertyName("seat_row_nr"), JsonConverter(typeof(OpaqueIdConverter))] public string? Row { get; init; }
    [JsonPropertyName("seat_nr"), JsonConverter(typeof(OpaqueIdConverter))] public string? SeatNumber { get; init; }
    [JsonPropertyName("pmp_name")] public string? Section { get; init; }
    [JsonPropertyName("event_id")] public int? EventId { get; init; }
    [JsonPropertyName("event_name")] public string? EventName { get; init; }
    [JsonPropertyName("location_name")] public string? LocationName { get; init; }
    [JsonPropertyName("event_date")] public string? Date { get; init; }
    [JsonPropertyName("event_time")] public string? Time { get; init; }
    [JsonPropertyName("event_view_end")] public string? ViewEnd { get; init; }
    [JsonPropertyName("numberoftickets")] public int? NumberOfTickets { get; init; }
    [JsonPropertyName("seat_price")] public decimal? Price { get; init; }
    [JsonPropertyName("category_name")] public string? CategoryName { get; init; }
    [JsonPropertyName("discount_id")] public string? DiscountId { get; init; }
    [JsonPropertyName("discount_name")] public string? DiscountName { get; init; }
}

/// <summary>The cart array split into its parts: items, the trailing total, the empty marker.</summary>
[JsonConverter(typeof(CartWireConverter))]
internal sealed class CartWire : IWireArray
{
    public required IReadOnlyList<CartItemDto> Items { get; init; }
    public decimal? Total { get; init; }
    public bool EmptyMarker { get; init; }
}
