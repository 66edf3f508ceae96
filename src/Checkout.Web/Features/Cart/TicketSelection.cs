using Checkout.VoordeMensen.Public;

namespace Checkout.Web.Features.Cart;

/// <summary>
/// What the visitor chose, independent of the held seats: so many tickets of a ticket type for a performance. It
/// outlives a cart (expired hold, cancelled payment) so that one click reserves the same again.
/// </summary>
public sealed record TicketSelection(int PerformanceId, string DiscountId, int Quantity)
{
    public static IReadOnlyList<TicketSelection> From(VoordeMensen.Public.Cart cart) =>
    [
        .. cart.Lines
            .GroupBy(l => (l.EventId, l.DiscountId))
            .Select(g => new TicketSelection(g.Key.EventId, g.Key.DiscountId, g.Sum(l => l.Quantity))),
    ];

    public static int TicketCount(IEnumerable<TicketSelection> selection) => selection.Sum(s => s.Quantity);
}

/// <summary>A request to add tickets of one type; quantities of 0 are ignored.</summary>
public sealed record TicketRequest(string DiscountId, int Quantity);

/// <summary>The order a visitor's cart became; kept so a second click or tab reuses it instead of ordering again.</summary>
public sealed record PlacedOrder(string CartId, string OrderKey, Uri PaymentUrl, DateTimeOffset PlacedAt);
