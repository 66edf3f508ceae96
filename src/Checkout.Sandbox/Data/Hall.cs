namespace Checkout.Sandbox.Data;

internal sealed record PriceRank(int RankId, string Name, decimal PriceOffset);

/// <summary>
/// One place in a hall. Unnumbered (general admission) places have row and seat 0. <see cref="BlockType"/> is
/// VdM's block code: "wheel" (wheelchair place) and "sight" (obstructed view) are sold on request, every other
/// block holds the place back from sale.
/// </summary>
internal sealed record SeatPlace(int SectionId, string? SectionName, int Row, int Nr, int RankId, string? BlockType)
{
    public const string Wheelchair = "wheel";
    public const string ObstructedView = "sight";

    /// <summary>On a wheelchair place: the number of its companion seat in the same row.</summary>
    public int? CompanionNr { get; init; }

    /// <summary>The companion seat of a wheelchair place.</summary>
    public bool IsCompanion { get; init; }

    public bool Sellable => BlockType is null or Wheelchair or ObstructedView;

    /// <summary>Special places are sold only when a buyer picks them on the plan, never by best available.</summary>
    public bool ChoiceOnly => BlockType is not null || IsCompanion;
}

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
