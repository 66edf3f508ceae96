using Checkout.VoordeMensen.Carts;

namespace Checkout.Web.Features.Cart;

/// <summary>
/// What the visitor chose, independent of the held seats: so many tickets of a ticket type for a performance. It
/// outlives a cart (expired hold, cancelled payment) so that one click reserves the same again.
/// </summary>
public sealed record TicketSelection(int PerformanceId, string DiscountId, int Quantity)
{
    public static IReadOnlyList<TicketSelection> From(HeldCart cart) =>
    [
        .. cart.Lines
            .GroupBy(l => (l.EventId, l.DiscountId))
            .Select(g => new TicketSelection(g.Key.EventId, g.Key.DiscountId, g.Sum(l => l.Quantity))),
    ];

    /// <summary>The same choice as VdM's cart takes it.</summary>
    public TicketItem ToItem() => new(PerformanceId, DiscountId, Quantity);

    public static int TicketCount(IEnumerable<TicketSelection> selection) => selection.Sum(s => s.Quantity);
}
