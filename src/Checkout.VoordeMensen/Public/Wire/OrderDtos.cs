using System.Text.Json;
using System.Text.Json.Serialization;
using Checkout.VoordeMensen.Json;

namespace Checkout.VoordeMensen.Public.Wire;

/// <summary>
/// Body of POST /order/create. Every documented field is always written, with exactly VdM's
/// spelling (note <c>redirectURL</c>); absent optional text goes out as "".
/// </summary>
internal sealed class OrderCreateRequestDto
{
    [JsonPropertyName("cart_id")] public required string CartId { get; init; }
    [JsonPropertyName("payment_id")] public required int PaymentId { get; init; }
    [JsonPropertyName("redirectURL")] public required string RedirectUrl { get; init; }
    [JsonPropertyName("email")] public required string Email { get; init; }
    [JsonPropertyName("firstname")] public required string FirstName { get; init; }
    [JsonPropertyName("lastname")] public required string LastName { get; init; }
    [JsonPropertyName("phone")] public required string Phone { get; init; }
    [JsonPropertyName("address")] public required string Address { get; init; }
    [JsonPropertyName("city")] public required string City { get; init; }
    [JsonPropertyName("zip")] public required string Zip { get; init; }
    [JsonPropertyName("avg_optin")] public required bool OptIn { get; init; }
    [JsonPropertyName("avg_mailinglist")] public required bool MailingList { get; init; }
}

internal sealed class OrderCreatedDto
{
    [JsonPropertyName("url")] public string? Url { get; init; }
    [JsonPropertyName("order_key")] public string? OrderKey { get; init; }
}

internal sealed class OrderStatusDto
{
    [JsonPropertyName("order_payment_status")] public string? PaymentStatus { get; init; }
    [JsonPropertyName("order_tickets_nr")] public int? TicketCount { get; init; }
    [JsonPropertyName("order_tickets_url")] public string? TicketsUrl { get; init; }
    [JsonPropertyName("order_receipt_url")] public string? ReceiptUrl { get; init; }
    [JsonPropertyName("seats")] public List<OrderSeatDto>? Seats { get; init; }

    /// <summary>Undocumented; read only when it is a string, so any other shape cannot break the status.</summary>
    [JsonPropertyName("order_status")] public JsonElement? OrderState { get; init; }
}

internal sealed class OrderSeatDto
{
    [JsonPropertyName("seat_id"), JsonConverter(typeof(OpaqueIdConverter))] public string? SeatId { get; init; }
    [JsonPropertyName("event_name")] public string? EventName { get; init; }
    [JsonPropertyName("event_type")] public string? EventType { get; init; }
}
