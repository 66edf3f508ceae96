using Checkout.VoordeMensen.Carts;

namespace Checkout.Web.Features.Cart;

/// <summary>
/// What the visitor chose, independent of the held seats: so many tickets of a ticket type for a performance, best
/// available, or the seats they picked on the plan (<see cref="SeatIds"/>). It outlives a cart (expired hold, cancelled
/// payment) so that one click reserves the same again.
/// </summary>
public sealed record TicketSelection(int PerformanceId, string DiscountId, int Quantity)
{
    /// <summary>The seats picked on the plan; null for best available.</summary>
    public IReadOnlyList<string>? SeatIds { get; init; }

    public bool IsChosenSeats => SeatIds is not null;

    public static IReadOnlyList<TicketSelection> From(HeldCart cart) => From(cart, []);

    /// <summary>The cart's lines as selections; the lines of <paramref name="chosenSeatIds"/> keep their seats.</summary>
    public static IReadOnlyList<TicketSelection> From(HeldCart cart, IReadOnlyCollection<string> chosenSeatIds) =>
    [
        .. cart.Lines
            .GroupBy(l => (l.EventId, l.DiscountId, Chosen: chosenSeatIds.Contains(l.SeatId)))
            .Select(g => new TicketSelection(g.Key.EventId, g.Key.DiscountId, g.Sum(l => l.Quantity))
            {
                SeatIds = g.Key.Chosen ? [.. g.Select(l => l.SeatId)] : null,
            }),
    ];

    /// <summary>The same choice as VdM's cart takes it (best available).</summary>
    public TicketItem ToItem() => new(PerformanceId, DiscountId, Quantity);

    public static int TicketCount(IEnumerable<TicketSelection> selection) => selection.Sum(s => s.Quantity);
}
