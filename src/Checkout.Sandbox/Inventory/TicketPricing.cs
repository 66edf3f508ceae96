using Checkout.Sandbox.Data;

namespace Checkout.Sandbox.Inventory;

/// <summary>A cart's or order's tickets as VdM prices them: the total (public totalprice, Peppered amount) and the order-level discount.</summary>
internal sealed record TicketPrice(decimal Total, string? DiscountName);

/// <summary>
/// What VdM charges for a set of tickets. Usually the sum of their seat prices, but a performance may total from
/// unrounded prices or grant a group discount, so clients must show VdM's total and never add up the lines.
/// </summary>
internal static class TicketPricing
{
    public static TicketPrice Of(IEnumerable<(Seat Seat, Performance Performance, TicketType Type, decimal Price)> tickets)
    {
        var total = 0m;
        string? discountName = null;
        foreach (var performance in tickets.GroupBy(t => t.Performance))
        {
            var subtotal = performance.Key.TotalsUnroundedPrices
                ? Round(performance.Sum(t => t.Type.ExactPriceFor(performance.Key.PriceFor(t.Seat.Place.RankId))))
                : performance.Sum(t => t.Price);
            if (performance.Key.GroupDiscount is { } discount && performance.Count() >= discount.MinTickets)
            {
                subtotal -= Round(subtotal * discount.Percent / 100m);
                discountName = discount.Name;
            }
            total += subtotal;
        }
        return new TicketPrice(total, discountName);
    }

    private static decimal Round(decimal amount) => Math.Round(amount, 2, MidpointRounding.AwayFromZero);
}
