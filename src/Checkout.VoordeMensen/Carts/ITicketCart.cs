using Checkout.VoordeMensen.Public;

namespace Checkout.VoordeMensen.Carts;

/// <summary>
/// One client's ticket carts at VdM, over both of its APIs, with refusals named (<see cref="VdmRefusal"/>) instead of
/// thrown. The public API holds the tickets and creates the order; Peppered, when a key is configured, reports the
/// real hold, releases a cart at once and carries donations. Reached as <see cref="IVoordeMensenClient.Carts"/>.
/// Calls that change a cart are sent once, never retried. VdM asks not to read carts on a timer: call these on a
/// visitor's action only.
/// </summary>
public interface ITicketCart
{
    /// <summary>A new, empty cart: its id.</summary>
    Task<VdmResult<string>> CreateAsync(CancellationToken cancellationToken = default);

    /// <summary>The cart as VdM holds it now: seats whose hold ended are gone.</summary>
    Task<VdmResult<PublicCart>> ReadAsync(string cartId, CancellationToken cancellationToken = default);

    /// <summary>
    /// Adds <paramref name="items"/> (at least one) in order. When VdM refuses one, whatever this call added is taken
    /// out again, so a refusal never leaves part of the attempt behind; the seats in <paramref name="heldSeatIds"/>
    /// (held before the call) stay. The result names the refused item. A 404 on a cart VdM no longer knows (its hold
    /// ended) is <see cref="VdmRefusal.CartGone"/>; on a cart it still knows, <see cref="VdmRefusal.NotForSale"/>.
    /// </summary>
    Task<CartAddResult> AddAsync(
        string cartId, IReadOnlyCollection<string> heldSeatIds, IReadOnlyList<TicketItem> items, CancellationToken cancellationToken = default);

    /// <summary>Takes one held seat out; the value is the cart afterwards.</summary>
    Task<VdmResult<PublicCart>> RemoveAsync(string cartId, string seatId, CancellationToken cancellationToken = default);

    /// <summary>
    /// Gives up a cart nobody will order: Peppered empties it at once when a key is configured, otherwise each seat is
    /// removed. Best effort: a failure is logged, and VdM releases the seats when their hold ends.
    /// </summary>
    Task ReleaseAsync(string cartId, IEnumerable<string> seatIds, CancellationToken cancellationToken = default);

    /// <summary>
    /// The cart's hold from the Peppered cart's timeOut, and whether Peppered knows the cart. The end is null when VdM
    /// does not say: no Peppered key (the public API does not expose the hold), a cart Peppered does not know, or a
    /// failed read; the shop then assumes its configured hold.
    /// </summary>
    Task<CartHold> HoldAsync(string cartId, CancellationToken cancellationToken = default);

    /// <summary>
    /// Makes the cart hold exactly <paramref name="amount"/> as its donation (none when null), through the Peppered cart,
    /// without adding one VdM already holds twice. The value is the hold end VdM reports after the change, if any.
    /// </summary>
    Task<VdmResult<DateTimeOffset?>> SetDonationAsync(string cartId, decimal? amount, CancellationToken cancellationToken = default);

    /// <summary>Turns the cart into an order: the payment URL and order key, or why not (with VdM's message).</summary>
    Task<VdmResult<OrderCreated>> CreateOrderAsync(OrderRequest request, CancellationToken cancellationToken = default);
}
