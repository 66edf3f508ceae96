namespace Checkout.VoordeMensen.Peppered.SeatMaps;

/// <summary>
/// Turns VdM's seat plan into a <see cref="SeatMap"/>: drops unnumbered places, orders rows and seats, derives each
/// seat's kind from its block code and pairs every wheelchair place with a companion seat (VdM's, else the adjacent
/// seat in the row: the next one, else the previous one, never a place held back by a block code).
/// </summary>
internal static class SeatMapBuilder
{
    private const string WheelchairBlock = "wheel";
    private const string RestrictedViewBlock = "sight";

    public static SeatMap Build(SeatPlan plan)
    {
        ArgumentNullException.ThrowIfNull(plan);
        var rows = plan.Sections
            .Select(section => (Section: section, Rows: section.Rows
                .Where(r => r.RowNumber > 0)
                .Select(r => (r.RowNumber, Seats: r.Seats.Where(s => s.SeatNumber > 0).OrderBy(s => s.SeatNumber).ToList()))
                .Where(r => r.Seats.Count > 0)
                .OrderBy(r => r.RowNumber)
                .ToList()))
            .Where(s => s.Rows.Count > 0)
            .ToList();
        var companions = Companions(rows.SelectMany(s => s.Rows).Select(r => r.Seats).ToList());
        var wheelchairOf = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var (wheelchair, companion) in companions)
        {
            wheelchairOf.TryAdd(companion, wheelchair);
        }

        var sections = rows.Select(s => new SeatMapSection(s.Section.Id, s.Section.Name, [.. s.Rows.Select(r => new SeatMapRow(r.RowNumber,
            [.. r.Seats.Select(seat => ToSeat(s.Section, r.RowNumber, seat, companions.GetValueOrDefault(seat.SeatId), wheelchairOf.GetValueOrDefault(seat.SeatId)))]))]));
        var ranks = plan.PriceLevels
            .GroupBy(p => p.RankId)
            .Select(g => new SeatRank(g.Key, [.. g.OrderBy(p => p.Amount).Select(p => new SeatPrice(p.PriceId, p.Name, p.Amount))]));
        return new SeatMap(plan.EventId, plan.HallId, [.. sections], [.. ranks]);
    }

    private static SeatMapSeat ToSeat(SeatSection section, int row, Seat seat, string? companion, string? wheelchair) => new()
    {
        Id = seat.SeatId,
        SectionId = section.Id,
        SectionName = section.Name,
        Row = row,
        Number = seat.SeatNumber,
        RankId = seat.RankId,
        State = seat.Available ? SeatState.Free : SeatState.Taken,
        Kind = IsWheelchair(seat) ? SeatKind.Wheelchair
            : wheelchair is not null ? SeatKind.Companion
            : seat.BlockType == RestrictedViewBlock ? SeatKind.Restricted
            : SeatKind.Standard,
        CompanionSeatId = companion,
        WheelchairSeatId = wheelchair,
    };

    /// <summary>
    /// Wheelchair place id → companion seat id; a seat accompanies at most one wheelchair place. The seats VdM names
    /// are paired first, so a neighbour taken as fallback never steals one of them.
    /// </summary>
    private static Dictionary<string, string> Companions(List<List<Seat>> rows)
    {
        var known = rows.SelectMany(r => r).Where(s => !IsWheelchair(s)).Select(s => s.SeatId).ToHashSet(StringComparer.Ordinal);
        var used = new HashSet<string>(StringComparer.Ordinal);
        var companions = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var seat in rows.SelectMany(r => r).Where(IsWheelchair))
        {
            if (seat.CompanionSeatId is { } named && known.Contains(named) && used.Add(named))
            {
                companions[seat.SeatId] = named;
            }
        }
        foreach (var row in rows)
        {
            for (var i = 0; i < row.Count; i++)
            {
                if (IsWheelchair(row[i]) && !companions.ContainsKey(row[i].SeatId)
                    && (Neighbour(row, i + 1, used) ?? Neighbour(row, i - 1, used)) is { } neighbour)
                {
                    used.Add(neighbour);
                    companions[row[i].SeatId] = neighbour;
                }
            }
        }
        return companions;
    }

    /// <summary>A neighbour qualifies unless it is itself special or held back (a block code other than obstructed view).</summary>
    private static string? Neighbour(List<Seat> row, int index, HashSet<string> used) =>
        index >= 0 && index < row.Count && row[index].BlockType is null or RestrictedViewBlock && !used.Contains(row[index].SeatId)
            ? row[index].SeatId
            : null;

    private static bool IsWheelchair(Seat seat) => seat.BlockType == WheelchairBlock;
}
