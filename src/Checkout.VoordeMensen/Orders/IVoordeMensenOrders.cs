using Checkout.VoordeMensen.Public;

namespace Checkout.VoordeMensen.Orders;

/// <summary>An order's payment status and order state by its order key, for the status page.</summary>
public interface IVoordeMensenOrders
{
    /// <summary>
    /// The public status (GET /order/{order_key}); the order state from it when it carries one, otherwise, with a
    /// Peppered key, from GET /peppered/order?changedSince=… over a bounded window (from <paramref name="placedAt"/>
    /// minus a margin, or the last two days; at most 31 days back), matched on orderKey. Null when VdM does not know
    /// the order. A failing public status throws <see cref="VoordeMensenException"/>; a failing Peppered lookup only
    /// leaves the state unknown (logged as a warning).
    /// </summary>
    Task<OrderReport?> GetAsync(string clientKey, string orderKey, DateTimeOffset? placedAt = null, CancellationToken cancellationToken = default);

    /// <summary>
    /// As <see cref="GetAsync"/> for a public status the caller already read (the status page reads it on every poll
    /// and asks for the state only when the payment status alone does not settle the page): no second public call.
    /// </summary>
    Task<OrderReport> WithStateAsync(string clientKey, string orderKey, OrderStatus status, DateTimeOffset? placedAt = null, CancellationToken cancellationToken = default);
}
