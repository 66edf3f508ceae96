namespace Checkout.VoordeMensen.Peppered.SeatMaps;

/// <summary>A price rank of the hall and the prices a seat in it can be bought at (cheapest first).</summary>
public sealed record SeatRank(int RankId, IReadOnlyList<SeatPrice> Prices)
{
    /// <summary>"From" price of the rank; null when VdM lists no price for it (its seats cannot be bought).</summary>
    public decimal? LowestPrice => Prices.Count == 0 ? null : Prices.Min(p => p.Amount);
}
