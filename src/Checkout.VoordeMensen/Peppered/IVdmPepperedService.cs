using Checkout.VoordeMensen.Peppered.SeatMaps;

namespace Checkout.VoordeMensen.Peppered;

/// <summary>
/// The authenticated Peppered API of one client, in domain terms. Without a configured key every call
/// throws <see cref="VoordeMensenException"/> (Unauthorized) before anything is sent. "Get one" calls
/// (customer, event, production, order, hall, find by e-mail) return null on 404; everything else throws.
/// </summary>
public interface IVdmPepperedService
{
    /// <summary>422 (e.g. e-mail already used) throws Validation with <see cref="VoordeMensenException.FieldErrors"/>.</summary>
    Task<Customer> CreateCustomerAsync(CustomerDraft draft, CancellationToken cancellationToken = default);

    Task<Customer?> FindCustomerByEmailAsync(string email, CancellationToken cancellationToken = default);

    Task<Customer?> GetCustomerAsync(int customerId, CancellationToken cancellationToken = default);

    Task<Customer> UpdateCustomerAsync(int customerId, CustomerUpdate changes, CancellationToken cancellationToken = default);

    /// <summary>The customer's tags ("client types").</summary>
    Task<IReadOnlyList<string>> GetCustomerClientTypesAsync(int customerId, CancellationToken cancellationToken = default);

    /// <summary>Sets the customer's tags; validate against <see cref="ExportClientTypesAsync"/> first.</summary>
    Task SetCustomerClientTypesAsync(int customerId, IEnumerable<string> clientTypes, CancellationToken cancellationToken = default);

    /// <summary>Events between two dates (inclusive, both optional).</summary>
    Task<IReadOnlyList<PepperedEvent>> GetEventsAsync(DateOnly? from = null, DateOnly? to = null, CancellationToken cancellationToken = default);

    /// <summary>One event including seat and block availability.</summary>
    Task<PepperedEvent?> GetEventAsync(int eventId, CancellationToken cancellationToken = default);

    Task<PepperedProduction?> GetProductionAsync(int productionId, CancellationToken cancellationToken = default);

    Task<IReadOnlyList<PepperedPaymentMethod>> GetPaymentMethodsAsync(CancellationToken cancellationToken = default);

    Task<PepperedCartSummary> GetCartSummaryAsync(string cartId, CancellationToken cancellationToken = default);

    Task<PepperedCart> GetCartAsync(string cartId, CancellationToken cancellationToken = default);

    /// <summary>
    /// Like <see cref="GetCartSummaryAsync"/>, but null when VdM does not know the id as a Peppered cart (404). That a
    /// public cart_id works as a Peppered cartId is undocumented (docs/vdm-assumptions.md): on null, hold by the
    /// configured time and offer no donation for that cart.
    /// </summary>
    Task<PepperedCartSummary?> FindCartSummaryAsync(string cartId, CancellationToken cancellationToken = default);

    /// <summary>Like <see cref="GetCartAsync"/>, but null when VdM does not know the id as a Peppered cart (404).</summary>
    Task<PepperedCart?> FindCartAsync(string cartId, CancellationToken cancellationToken = default);

    /// <summary>Adds tickets, seats and/or donations; sent exactly once (never retried).</summary>
    Task<PepperedCart> AddToCartAsync(string cartId, IEnumerable<PepperedCartAddition> items, CancellationToken cancellationToken = default);

    /// <summary>Removes one item, then reads the cart back (the delete answer is undocumented).</summary>
    Task<PepperedCart> RemoveCartItemAsync(string cartId, string itemId, CancellationToken cancellationToken = default);

    Task EmptyCartAsync(string cartId, CancellationToken cancellationToken = default);

    /// <summary>Checks the cart out into an order (request and answer shape inferred; sent exactly once).</summary>
    Task<PepperedOrder> CheckoutAsync(string cartId, PepperedCheckout checkout, CancellationToken cancellationToken = default);

    /// <summary>Orders changed on or after <paramref name="changedSince"/> (all orders when null).</summary>
    Task<IReadOnlyList<PepperedOrder>> GetOrdersAsync(DateTimeOffset? changedSince = null, CancellationToken cancellationToken = default);

    Task<PepperedOrder?> GetOrderAsync(int orderId, CancellationToken cancellationToken = default);

    Task<IReadOnlyList<Hall>> GetHallsAsync(CancellationToken cancellationToken = default);

    Task<Hall?> GetHallAsync(int hallId, CancellationToken cancellationToken = default);

    Task<SeatPlan> GetSeatPlanAsync(int eventId, CancellationToken cancellationToken = default);

    /// <summary>
    /// The event's seat plan as a <see cref="SeatMap"/>; null when the event is unknown or has no numbered seats
    /// (general admission). One upstream call; never cached here, as availability changes by the second.
    /// </summary>
    Task<SeatMap?> GetSeatMapAsync(int eventId, CancellationToken cancellationToken = default);

    /// <summary>
    /// Adds the chosen seats to the cart in one action: <see cref="SeatsHeld"/>, or <see cref="SeatsRefused"/> naming the
    /// seats that went, with the cart as it was. Call it under the visitor's lock. Transport failures throw, after an
    /// attempt to take back whatever the lost add may have placed.
    /// </summary>
    Task<SeatHoldResult> HoldSeatsAsync(string cartId, SeatSelection selection, CancellationToken cancellationToken = default);

    /// <summary>All tag names in use.</summary>
    Task<IReadOnlyList<string>> ExportClientTypesAsync(CancellationToken cancellationToken = default);

    Task<IReadOnlyList<Customer>> ExportCustomersAsync(DateTimeOffset? changedSince = null, CancellationToken cancellationToken = default);

    Task<IReadOnlyList<OrderExport>> ExportOrdersAsync(DateTimeOffset? changedSince = null, CancellationToken cancellationToken = default);

    Task<IReadOnlyList<WaitingListEntry>> ExportWaitingListAsync(DateTimeOffset? changedSince = null, CancellationToken cancellationToken = default);
}
