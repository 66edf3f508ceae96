using System.Text.Json.Serialization;

namespace Checkout.Sandbox.Peppered;

// Serialized camelCase; money is a JSON number and times carry the Amsterdam offset.

internal sealed record EventWire(
    int EventId, int ProductionId, string EventName, string? EventType, string? EventTags,
    DateTimeOffset Start, DateTimeOffset? End, int HallId, IReadOnlyList<EventPriceWire> Prices)
{
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public IReadOnlyList<AvailabilityWire>? Availability { get; init; }

    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public IReadOnlyList<BlockAvailabilityWire>? BlockAvailability { get; init; }
}

internal sealed record EventPriceWire(int RankId, decimal Amount);

/// <summary>Free places per price rank (the contract only says "availability", on the single-event call).</summary>
internal sealed record AvailabilityWire(int RankId, string RankName, int Available);

/// <summary>Places per VdM block type: how many there are and how many of them can be bought now.</summary>
internal sealed record BlockAvailabilityWire(string BlockType, string BlockName, int Total, int Available);

internal sealed record ProductionWire(int ProductionId, string? Artist, string Title, IReadOnlyList<EventWire> Events);

internal sealed record PaymentMethodWire(int PaymentMethodId, string Name, decimal Fee);

internal sealed record UserWire(
    int CustomerId, string Email, string CustomerFirstName, string CustomerLastName, string? CustomerSalutation,
    string? CustomerPreposition, string? CustomerAddress, string? CustomerHouseNr, string? CustomerZip,
    string? CustomerCity, string? CustomerCountry, string? CustomerPhone, string? CustomerCredit);

internal sealed record CartWire(string CartId, DateTimeOffset? TimeOut, int NumberOfItems, decimal Amount)
{
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public IReadOnlyList<CartItemWire>? CartItems { get; init; }
}

internal sealed record CartItemWire(
    string ItemType, string ItemId, int? EventId, string PriceId, string PriceName, string Description, decimal Amount);

internal sealed record OrderWire(
    int OrderId, string OrderKey, int? CustomerId, string OrderStatus, string OrderPaymentStatus,
    DateTimeOffset OrderDate, DateTimeOffset? TimeOut, decimal Amount, decimal OrderDonation,
    DateTimeOffset LastChanged, string HandlingTextPayment, string? DiscountName)
{
    /// <summary>Only on checkout: where to send the buyer to pay.</summary>
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public string? PaymentUrl { get; init; }
}

internal sealed record OrderExportWire(
    int OrderId, string OrderKey, int? CustomerId, string OrderStatus, string OrderPaymentStatus, string OrderChannel,
    DateTimeOffset OrderDate, DateTimeOffset? TimeOut, DateTimeOffset LastChanged, decimal Amount, decimal Fee,
    decimal Donation, string HandlingTextPayment, string? DiscountName, IReadOnlyList<ExportSeatWire> Seats,
    IReadOnlyList<ExportSeatWire> DeletedSeats, UserWire? User);

internal sealed record ExportSeatWire(
    int SeatId, int EventId, int RankId, int RowNr, int SeatNr, decimal Amount, string PriceId, string PriceName);

internal sealed record WaitingListWire(
    int WaitingId, int CustomerId, int EventId, int NumberOfTickets, string Type,
    DateTimeOffset CreatedAt, DateTimeOffset? NotifiedAt, UserWire User);

internal sealed record HallWire(
    int HallId, string HallName, string HallAddress, string HallZip, string HallCity, string HallPhone, string HallUrl);

internal sealed record SeatPlanWire(
    int EventId, int HallId, IReadOnlyList<PriceLevelWire> PriceLevels, IReadOnlyList<SectionWire> Sections, int Available);

internal sealed record PriceLevelWire(string PriceId, int RankId, string Name, decimal Amount);

internal sealed record SectionWire(int SectionId, string SectionName, IReadOnlyList<RowWire> Rows);

internal sealed record RowWire(int RowNr, IReadOnlyList<PlanSeatWire> Seats);

/// <summary>
/// A seat of the plan. VdM does not document how a seat's kind appears; the sandbox adds VdM's block code
/// (blockType: "wheel", "sight", "tech" …) and, on a wheelchair place, the id of its companion seat.
/// </summary>
internal sealed record PlanSeatWire(string SeatId, int SeatNr, int RankId, bool Available)
{
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public string? BlockType { get; init; }

    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public string? CompanionSeatId { get; init; }
}
