namespace Checkout.VoordeMensen.Public;

/// <summary>
/// The public VdM API of one client, in domain terms. Failures throw <see cref="VoordeMensenException"/>;
/// "get one" calls (<see cref="GetProductionAsync"/>, <see cref="GetOrderStatusAsync"/>) return null on 404 instead.
/// </summary>
public interface IVdmPublicService
{
    /// <summary>All productions with their performances, or only future ones.</summary>
    Task<IReadOnlyList<Production>> GetProductionsAsync(bool upcomingOnly = false, CancellationToken cancellationToken = default);

    /// <summary>
    /// A production by main-event id; for a sub-event id the production holds just that performance.
    /// Null when VdM answers 404 ("Event not found").
    /// </summary>
    Task<Production?> GetProductionAsync(int eventId, CancellationToken cancellationToken = default);

    /// <summary>Ticket types of a performance (sub event). 404 throws NotFound ("sub_event not found").</summary>
    Task<IReadOnlyList<TicketType>> GetTicketTypesAsync(int performanceId, CancellationToken cancellationToken = default);

    /// <summary>Creates a cart and returns its cart_id.</summary>
    Task<string> CreateCartAsync(CancellationToken cancellationToken = default);

    Task<PublicCart> GetCartAsync(string cartId, CancellationToken cancellationToken = default);

    /// <summary>Adds tickets and returns the whole cart. Sent exactly once (never retried).</summary>
    Task<PublicCart> AddTicketsAsync(string cartId, int performanceId, string discountId, int quantity, CancellationToken cancellationToken = default);

    /// <summary>Removes one held ticket, then reads the cart back (the delete answer is undocumented).</summary>
    Task<PublicCart> RemoveTicketAsync(string cartId, string seatId, CancellationToken cancellationToken = default);

    Task<IReadOnlyList<PaymentMethod>> GetPaymentMethodsAsync(CancellationToken cancellationToken = default);

    /// <summary>Turns the cart into an order and returns the payment URL. Sent exactly once (never retried).</summary>
    Task<OrderCreated> CreateOrderAsync(OrderRequest request, CancellationToken cancellationToken = default);

    /// <summary>Payment status of an order; null when VdM answers 404.</summary>
    Task<OrderStatus?> GetOrderStatusAsync(string orderKey, CancellationToken cancellationToken = default);

    /// <summary>
    /// Asks the ticket host to check the payment with the provider (which also sends the tickets, once).
    /// Call it once after the buyer returns unpaid; do not poll it. Never throws for a failed check: it answers false
    /// and logs a warning with the route template (not the order key). Cancellation still throws.
    /// </summary>
    Task<bool> CheckPaymentAsync(string orderKey, CancellationToken cancellationToken = default);

    Task<IReadOnlyList<Location>> GetLocationsAsync(CancellationToken cancellationToken = default);

    /// <summary>Names of the event types in use.</summary>
    Task<IReadOnlyList<string>> GetEventTypesAsync(CancellationToken cancellationToken = default);

    Task<IReadOnlyList<Production>> GetProductionsOfTypeAsync(string eventTypeName, CancellationToken cancellationToken = default);
}
