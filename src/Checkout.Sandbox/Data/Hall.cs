namespace Checkout.Sandbox.Data;

internal sealed record PriceRank(int RankId, string Name, decimal PriceOffset);

/// <summary>One place in a hall. Unnumbered (general admission) places have row and seat 0.</summary>
internal sealed record SeatPlace(int SectionId, string? SectionName, int Row, int Nr, int RankId, string? BlockType);

internal sealed record Hall(
    int Id,
    string Name,
    string Address,
    string Zip,
    string City,
    string Phone,
    string Url,
    IReadOnlyList<PriceRank> Ranks,
    IReadOnlyList<SeatPlace> Places)
{
    public bool Numbered => Places.Any(p => p.Row > 0);

    public PriceRank Rank(int rankId) => Ranks.First(r => r.RankId == rankId);
}
