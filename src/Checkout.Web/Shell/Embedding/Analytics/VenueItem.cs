using Checkout.Web.Features.Cart;

namespace Checkout.Web.Shell.Embedding.Analytics;

/// <summary>Tickets of one type for one performance in an analytics event; <see cref="Price"/> is per ticket.</summary>
public sealed record VenueItem(int Performance, string PerformanceName, string TicketType, string TicketTypeName, int Quantity, decimal Price)
{
    /// <summary>Held tickets grouped per performance and ticket type, in the order they were held.</summary>
    public static IReadOnlyList<VenueItem> From(IEnumerable<HeldTicket> lines) =>
    [
        .. lines
            .GroupBy(l => (l.EventId, l.DiscountId, l.Price))
            .Select(g => new VenueItem(g.Key.EventId, g.First().EventName, g.Key.DiscountId, g.First().DiscountName, g.Sum(l => l.Quantity), g.Key.Price)),
    ];
}
