namespace Checkout.Sandbox.PublicApi;

// Serialized with snake_case_lower: property names are spelled so that the policy yields the exact
// VdM field names (e.g. Numberoftickets → "numberoftickets", Totalprice → "totalprice").

internal sealed record MainEventWire(
    int EventId, string EventName, string EventText, string EventShortText, string? EventImage,
    IReadOnlyList<string> EventType, IReadOnlyList<SubEventWire> SubEvents);

internal sealed record SubEventWire(
    int EventId, string EventName, string EventText, string EventShortText, string? EventUrl, string? EventImage,
    string EventDate, string EventTime, string EventEnd, string EventViewEnd, string EventRep, int EventMainId,
    int EventFree, string EventStatus, int LocationId, string LocationName, IReadOnlyList<string> EventType);

internal sealed record TicketTypeWire(
    string DiscountId, string DiscountName, string BasePrice, string DiscountType, string DiscountValue, string DiscountedPrice);

internal sealed record CartCreatedWire(string CartId);

internal sealed record CartItemWire(
    string SeatId, string SeatRowNr, string SeatNr, string? PmpName, int EventId, string EventName, string LocationName,
    string EventDate, string EventViewEnd, string EventTime, IReadOnlyList<object> Recommand, int Numberoftickets,
    string SeatPrice, string CategoryName, string DiscountId, string DiscountName);

internal sealed record CartTotalWire(string Totalprice);

internal sealed record EmptyCartWire(int Cart);

internal sealed record PaymentMethodWire(int PaymentId, string PaymentDesc, string PaymentCost);

internal sealed record LocationWire(
    int LocationId, string LocationName, string LocationAddress, string LocationAddress1, string LocationZip,
    string LocationCity, string LocationCountry, string LocationPhone);

internal sealed record OrderCreatedWire(string Url, string OrderKey);

internal sealed record OrderStatusWire(
    string OrderPaymentStatus, int OrderTicketsNr, string OrderTicketsUrl, string OrderReceiptUrl, IReadOnlyList<OrderSeatWire> Seats);

internal sealed record OrderSeatWire(int SeatId, string EventName, string? EventType);
