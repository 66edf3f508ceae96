using System.Text.Json.Serialization;
using Checkout.VoordeMensen.Json;

namespace Checkout.VoordeMensen.Peppered.Wire;

/// <summary>OrderResource; the export adds channel, fee, seats and the inline customer.</summary>
internal class OrderDto
{
    [JsonPropertyName("orderId")] public int? OrderId { get; init; }
    [JsonPropertyName("orderKey")] public string? OrderKey { get; init; }
    [JsonPropertyName("customerId")] public int? CustomerId { get; init; }
    [JsonPropertyName("orderStatus")] public string? OrderStatus { get; init; }
    [JsonPropertyName("orderPaymentStatus")] public string? PaymentStatus { get; init; }
    [JsonPropertyName("orderDate")] public DateTimeOffset? OrderDate { get; init; }
    [JsonPropertyName("timeOut")] public DateTimeOffset? TimeOut { get; init; }
    [JsonPropertyName("amount")] public decimal? Amount { get; init; }
    [JsonPropertyName("orderDonation")] public decimal? OrderDonation { get; init; }
    [JsonPropertyName("lastChanged")] public DateTimeOffset? LastChanged { get; init; }
    [JsonPropertyName("handlingTextPayment")] public string? PaymentMethodName { get; init; }
    [JsonPropertyName("discountName")] public string? DiscountName { get; init; }
}

internal sealed class OrderExportDto : OrderDto
{
    [JsonPropertyName("orderChannel")] public string? Channel { get; init; }
    [JsonPropertyName("fee")] public decimal? Fee { get; init; }
    [JsonPropertyName("donation")] public decimal? Donation { get; init; }
    [JsonPropertyName("seats")] public List<ExportSeatDto>? Seats { get; init; }
    [JsonPropertyName("deletedSeats")] public List<ExportSeatDto>? DeletedSeats { get; init; }
    [JsonPropertyName("user")] public CustomerDto? User { get; init; }
}

internal sealed class ExportSeatDto
{
    [JsonPropertyName("seatId"), JsonConverter(typeof(OpaqueIdConverter))] public string? SeatId { get; init; }
    [JsonPropertyName("eventId")] public int? EventId { get; init; }
    [JsonPropertyName("rankId")] public int? RankId { get; init; }
    [JsonPropertyName("rowNr")] public int? RowNumber { get; init; }
    [JsonPropertyName("seatNr")] public int? SeatNumber { get; init; }
    [JsonPropertyName("amount")] public decimal? Amount { get; init; }
    [JsonPropertyName("priceId")] public string? PriceId { get; init; }
    [JsonPropertyName("priceName")] public string? PriceName { get; init; }
}

internal sealed class WaitingListDto
{
    [JsonPropertyName("waitingId")] public int? WaitingId { get; init; }
    [JsonPropertyName("customerId")] public int? CustomerId { get; init; }
    [JsonPropertyName("eventId")] public int? EventId { get; init; }
    [JsonPropertyName("numberOfTickets")] public int? NumberOfTickets { get; init; }
    [JsonPropertyName("type")] public string? Type { get; init; }
    [JsonPropertyName("createdAt")] public DateTimeOffset? CreatedAt { get; init; }
    [JsonPropertyName("notifiedAt")] public DateTimeOffset? NotifiedAt { get; init; }
    [JsonPropertyName("user")] public CustomerDto? User { get; init; }
}
