namespace Checkout.VoordeMensen.Peppered.SeatMaps;

/// <summary>
/// A performance's seat plan as the shop draws and checks it: sections → rows → seats with state, kind and rank, and
/// the prices per rank. A snapshot of one read of VdM's plan (<see cref="FromPlan"/>); read it again to refresh.
/// </summary>
public sealed class SeatMap
{
    private readonly Dictionary<string, SeatMapSeat> seats = new(StringComparer.Ordinal);
    private readonly Dictionary<int, SeatRank> ranks = [];

    public SeatMap(int eventId, int hallId, IReadOnlyList<SeatMapSection> sections, IReadOnlyList<SeatRank> ranks)
    {
        ArgumentNullException.ThrowIfNull(sections);
        ArgumentNullException.ThrowIfNull(ranks);
        EventId = eventId;
        HallId = hallId;
        Sections = sections;
        Ranks = ranks;
        foreach (var seat in Seats)
        {
            seats.TryAdd(seat.Id, seat);
        }
        foreach (var rank in ranks)
        {
            this.ranks.TryAdd(rank.RankId, rank);
        }
    }

    public int EventId { get; }

    public int HallId { get; }

    public IReadOnlyList<SeatMapSection> Sections { get; }

    /// <summary>The ranks VdM lists prices for, in its order.</summary>
    public IReadOnlyList<SeatRank> Ranks { get; }

    public IEnumerable<SeatMapSeat> Seats => Sections.SelectMany(s => s.Rows).SelectMany(r => r.Seats);

    /// <summary>Whether the performance has numbered seats to choose from (false for general admission).</summary>
    public bool HasSeats => seats.Count > 0;

    public int FreeSeats => Seats.Count(s => s.IsFree);

    /// <summary>Whether a wheelchair place is free; deliberately a yes/no, the shop shows no counts.</summary>
    public bool WheelchairPlacesAvailable => Seats.Any(s => s.Kind == SeatKind.Wheelchair && s.IsFree);

    public static SeatMap FromPlan(SeatPlan plan) => SeatMapBuilder.Build(plan);

    public SeatMapSeat? Find(string? seatId) => seatId is not null && seats.TryGetValue(seatId, out var seat) ? seat : null;

    public SeatRank? RankOf(SeatMapSeat seat) => ranks.GetValueOrDefault(seat.RankId);

    /// <summary>The prices a seat can be bought at (cheapest first); empty when VdM lists none for its rank.</summary>
    public IReadOnlyList<SeatPrice> PricesFor(SeatMapSeat seat) => RankOf(seat)?.Prices ?? [];

    /// <summary>
    /// The companion seat for a wheelchair place: the one VdM names, otherwise the adjacent seat in the row. Null for a
    /// seat that is not a wheelchair place or has no neighbour. The companion may be taken: check <see cref="SeatMapSeat.IsFree"/>.
    /// </summary>
    public SeatMapSeat? ProposeCompanion(string wheelchairSeatId) =>
        Find(wheelchairSeatId) is { Kind: SeatKind.Wheelchair, CompanionSeatId: { } companion } ? Find(companion) : null;

    /// <summary>
    /// Checks seats posted by a browser against this plan: each must exist on it (so belongs to this performance), be
    /// free, be asked once and at a price of its rank; at most <paramref name="maxSeats"/> in all.
    /// </summary>
    public SeatCheck Check(IEnumerable<SeatRequest> requested, int maxSeats) => SeatMapCheck.Run(this, requested, maxSeats);
}
