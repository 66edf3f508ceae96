using System.Text.Json.Serialization;
using Checkout.VoordeMensen.Json;

namespace Checkout.VoordeMensen.Peppered.Wire;

internal sealed class PepperedEventDto
{
    [JsonPropertyName("eventId")] public int? EventId { get; init; }
    [JsonPropertyName("productionId")] public int? ProductionId { get; init; }
    [JsonPropertyName("eventName")] public string? Name { get; init; }
    [JsonPropertyName("eventType")] public string? EventType { get; init; }
    [JsonPropertyName("eventTags")] public string? Tags { get; init; }
    [JsonPropertyName("start")] public DateTimeOffset? Start { get; init; }
    [JsonPropertyName("end")] public DateTimeOffset? End { get; init; }
    [JsonPropertyName("hallId")] public int? HallId { get; init; }
    [JsonPropertyName("prices")] public List<PriceDto>? Prices { get; init; }
    [JsonPropertyName("availability")] public List<SeatAvailabilityDto>? Availability { get; init; }
    [JsonPropertyName("blockAvailability")] public List<BlockAvailabilityDto>? BlockAvailability { get; init; }
}

/// <summary>Either {rankId, amount} or {priceId, priceName, rankName, amount}.</summary>
internal sealed class PriceDto
{
    [JsonPropertyName("priceId")] public string? PriceId { get; init; }
    [JsonPropertyName("priceName")] public string? PriceName { get; init; }
    [JsonPropertyName("rankId")] public int? RankId { get; init; }
    [JsonPropertyName("rankName")] public string? RankName { get; init; }
    [JsonPropertyName("amount")] public decimal? Amount { get; init; }
}

/// <summary>Seat-level availability; field names inferred from the seat plan (undocumented).</summary>
internal sealed class SeatAvailabilityDto
{
    [JsonPropertyName("seatId"), JsonConverter(typeof(OpaqueIdConverter))] public string? SeatId { get; init; }
    [JsonPropertyName("rankId")] public int? RankId { get; init; }
    [JsonPropertyName("available")] public bool? Available { get; init; }
}

/// <summary>Blocked-seat count per block type; only blockType/blockName are documented, "count" is inferred.</summary>
internal sealed class BlockAvailabilityDto
{
    [JsonPropertyName("blockType")] public string? BlockType { get; init; }
    [JsonPropertyName("blockName")] public string? BlockName { get; init; }
    [JsonPropertyName("count")] public int? Count { get; init; }
}

internal sealed class ProductionDto
{
    [JsonPropertyName("productionId")] public int? ProductionId { get; init; }
    [JsonPropertyName("title")] public string? Title { get; init; }
    [JsonPropertyName("artist")] public string? Artist { get; init; }
    [JsonPropertyName("events")] public List<PepperedEventDto>? Events { get; init; }
}

internal sealed class PepperedPaymentMethodDto
{
    [JsonPropertyName("paymentMethodId")] public int? PaymentMethodId { get; init; }
    [JsonPropertyName("name")] public string? Name { get; init; }
    [JsonPropertyName("fee")] public decimal? Fee { get; init; }
}
