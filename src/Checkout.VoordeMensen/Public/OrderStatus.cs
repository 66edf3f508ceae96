namespace Checkout.VoordeMensen.Public;

/// <summary>The public order status (GET /order/{order_key}).</summary>
public sealed record OrderStatus(
    PaymentStatus PaymentStatus,
    int TicketCount,
    Uri? TicketsUrl,
    Uri? ReceiptUrl,
    IReadOnlyList<OrderSeat> Seats)
{
    /// <summary>
    /// The order's state when the public status carries an <c>order_status</c>, which VdM does not document (only
    /// Peppered has orderStatus); null when it is absent. For the state of any order use IVoordeMensenOrders.
    /// </summary>
    public OrderState? State { get; init; }
}

public sealed record OrderSeat(string SeatId, string EventName, string? EventType);
