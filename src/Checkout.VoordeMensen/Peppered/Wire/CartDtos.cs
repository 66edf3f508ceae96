using System.Text.Json.Serialization;
using Checkout.VoordeMensen.Json;

namespace Checkout.VoordeMensen.Peppered.Wire;

/// <summary>CartSummary, and CartResource when <see cref="CartItems"/> is present.</summary>
internal sealed class PepperedCartDto
{
    [JsonPropertyName("cartId")] public string? CartId { get; init; }
    [JsonPropertyName("timeOut")] public DateTimeOffset? TimeOut { get; init; }
    [JsonPropertyName("numberOfItems")] public int? NumberOfItems { get; init; }
    [JsonPropertyName("amount")] public decimal? Amount { get; init; }
    [JsonPropertyName("cartItems")] public List<PepperedCartItemDto>? CartItems { get; init; }
}

internal sealed class PepperedCartItemDto
{
    [JsonPropertyName("itemType")] public string? ItemType { get; init; }
    [JsonPropertyName("itemId"), JsonConverter(typeof(OpaqueIdConverter))] public string? ItemId { get; init; }
    [JsonPropertyName("eventId")] public int? EventId { get; init; }
    [JsonPropertyName("priceId")] public string? PriceId { get; init; }
    [JsonPropertyName("priceName")] public string? PriceName { get; init; }
    [JsonPropertyName("description")] public string? Description { get; init; }
    [JsonPropertyName("amount")] public decimal? Amount { get; init; }
}

/// <summary>One element of the add-to-cart array; unset optional fields are left out.</summary>
internal sealed class CartAddItemDto
{
    [JsonPropertyName("priceId")] public required string PriceId { get; init; }
    [JsonPropertyName("rankId")] public required int RankId { get; init; }
    [JsonPropertyName("eventId")] public int? EventId { get; init; }
    [JsonPropertyName("numberOfTickets")] public int? NumberOfTickets { get; init; }
    [JsonPropertyName("seatId")] public string? SeatId { get; init; }
    [JsonPropertyName("amount")] public decimal? Amount { get; init; }
}

/// <summary>Checkout body: undocumented beyond "a payment method and a known customer".</summary>
internal sealed class CheckoutRequestDto
{
    [JsonPropertyName("paymentMethodId")] public required int PaymentMethodId { get; init; }
    [JsonPropertyName("customerId")] public int? CustomerId { get; init; }
}
