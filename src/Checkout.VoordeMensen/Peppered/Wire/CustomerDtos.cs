using System.Text.Json.Serialization;
using Checkout.VoordeMensen.Json;

namespace Checkout.VoordeMensen.Peppered.Wire;

/// <summary>
/// UserResource, also the create/update body (unset fields are left out). Only the first four fields
/// are confirmed on the wire; the rest mirror the documented create body.
/// </summary>
internal sealed class CustomerDto
{
    [JsonPropertyName("customerId")] public int? CustomerId { get; init; }
    [JsonPropertyName("email")] public string? Email { get; init; }
    [JsonPropertyName("customerFirstName")] public string? FirstName { get; init; }
    [JsonPropertyName("customerLastName")] public string? LastName { get; init; }
    [JsonPropertyName("customerSalutation")] public string? Salutation { get; init; }
    [JsonPropertyName("customerPreposition")] public string? Preposition { get; init; }
    [JsonPropertyName("customerAddress")] public string? Address { get; init; }
    [JsonPropertyName("customerHouseNr")] public string? HouseNumber { get; init; }
    [JsonPropertyName("customerZip")] public string? Zip { get; init; }
    [JsonPropertyName("customerCity")] public string? City { get; init; }
    [JsonPropertyName("customerCountry")] public string? Country { get; init; }
    [JsonPropertyName("customerPhone")] public string? Phone { get; init; }
    /// <summary>A decimal string with two decimals on the wire, e.g. "25.50".</summary>
    [JsonPropertyName("customerCredit"), JsonConverter(typeof(DecimalStringConverter))] public decimal? Credit { get; init; }
}

internal sealed class EmailQueryDto
{
    [JsonPropertyName("email")] public required string Email { get; init; }
}

internal sealed class ChangedSinceDto
{
    [JsonPropertyName("changedSince")] public DateTimeOffset? ChangedSince { get; init; }
}
