using Checkout.VoordeMensen.Peppered.SeatMaps;

namespace Checkout.Web.Features.Seats;

public static class SeatPriceChoice
{
    /// <summary>
    /// The ticket type a rank's seats are bought at: the visitor's choice when it is one of the rank's prices, else
    /// the full price (the dearest), as the form preselects it: discounts usually need proof at the door.
    /// </summary>
    public static string? For(SeatRank rank, IReadOnlyDictionary<int, string> choices) =>
        choices.TryGetValue(rank.RankId, out var chosen) && rank.Prices.Any(p => p.PriceId == chosen)
            ? chosen
            : rank.Prices.MaxBy(p => p.Amount)?.PriceId;
}
