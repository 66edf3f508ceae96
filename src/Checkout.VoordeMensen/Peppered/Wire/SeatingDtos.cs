using System.Text.Json.Serialization;
using Checkout.VoordeMensen.Json;

namespace Checkout.VoordeMensen.Peppered.Wire;

internal sealed class HallDto
{
    [JsonPropertyName("hallId")] public int? HallId { get; init; }
    [JsonPropertyName("hallName")] public string? Name { get; init; }
    [JsonPropertyName("hallAddress")] public string? Address { get; init; }
    [JsonPropertyName("hallZip")] public string? Zip { get; init; }
    [JsonPropertyName("hallCity")] public string? City { get; init; }
    [JsonPropertyName("hallPhone")] public string? Phone { get; init; }
    [JsonPropertyName("hallUrl")] public string? Url { get; init; }
}

internal sealed class SeatPlanDto
{
    [JsonPropertyName("eventId")] public int? EventId { get; init; }
    [JsonPropertyName("hallId")] public int? HallId { get; init; }
    [JsonPropertyName("priceLevels")] public List<PriceLevelDto>? PriceLevels { get; init; }
    [JsonPropertyName("sections")] public List<SectionDto>? Sections { get; init; }
    [JsonPropertyName("available")] public int? Available { get; init; }
}

internal sealed class PriceLevelDto
{
    [JsonPropertyName("priceId")] public string? PriceId { get; init; }
    [JsonPropertyName("rankId")] public int? RankId { get; init; }
    [JsonPropertyName("name")] public string? Name { get; init; }
    [JsonPropertyName("amount")] public decimal? Amount { get; init; }
}

internal sealed class SectionDto
{
    [JsonPropertyName("sectionId")] public int? SectionId { get; init; }
    [JsonPropertyName("sectionName")] public string? Name { get; init; }
    [JsonPropertyName("rows")] public List<RowDto>? Rows { get; init; }
}

internal sealed class RowDto
{
    [JsonPropertyName("rowNr")] public int? RowNumber { get; init; }
    [JsonPropertyName("seats")] public List<SeatDto>? Seats { get; init; }
}

internal sealed class SeatDto
{
    [JsonPropertyName("seatId"), JsonConverter(typeof(OpaqueIdConverter))] public string? SeatId { get; init; }
    [JsonPropertyName("seatNr")] public int? SeatNumber { get; init; }
    [JsonPropertyName("rankId")] public int? RankId { get; init; }
    [JsonPropertyName("available")] public bool? Available { get; init; }

    // Undocumented, read when present: VdM's block code of the seat and a wheelchair place's companion seat.
    [JsonPropertyName("blockType")] public string? BlockType { get; init; }
    [JsonPropertyName("companionSeatId"), JsonConverter(typeof(OpaqueIdConverter))] public string? CompanionSeatId { get; init; }
}
