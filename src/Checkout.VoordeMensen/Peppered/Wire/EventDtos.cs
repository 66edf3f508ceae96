using System.Text.Json;
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
    [JsonPropertyName("availability")] public List<AvailabilityDto>? Availability { get; init; }
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

/// <summary>Either a price rank's free places {rankId, rankName, available: 37} or one seat {seatId, rankId, available: true}.</summary>
internal sealed class AvailabilityDto
{
    [JsonPropertyName("seatId"), JsonConverter(typeof(OpaqueIdConverter))] public string? SeatId { get; init; }
    [JsonPropertyName("rankId")] public int? RankId { get; init; }
    [JsonPropertyName("rankName")] public string? RankName { get; init; }

    /// <summary>A count (per rank) or a boolean (per seat); the mapper tells them apart.</summary>
    [JsonPropertyName("available")] public JsonElement? Available { get; init; }
}

/// <summary>Places per block type: {blockType, blockName, total, available}, or only a count of blocked places.</summary>
internal sealed class BlockAvailabilityDto
{
    [JsonPropertyName("blockType")] public string? BlockType { get; init; }
    [JsonPropertyName("blockName")] public string? BlockName { get; init; }
    [JsonPropertyName("total")] public JsonElement? Total { get; init; }
    [JsonPropertyName("available")] public JsonElement? Available { get; init; }
    [JsonPropertyName("count")] public JsonElement? Count { get; init; }
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
