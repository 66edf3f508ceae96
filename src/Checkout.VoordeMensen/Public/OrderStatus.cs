namespace Checkout.VoordeMensen.Public;

public sealed record OrderStatus(
    PaymentStatus PaymentStatus,
    int TicketCount,
    Uri? TicketsUrl,
    Uri? ReceiptUrl,
    IReadOnlyList<OrderSeat> Seats);

public sealed record OrderSeat(string SeatId, string EventName, string? EventType);
