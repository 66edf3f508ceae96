namespace Checkout.VoordeMensen.Peppered.SeatMaps;

/// <summary>Never trusts a posted seat id: everything is looked up on the current plan.</summary>
internal static class SeatMapCheck
{
    public static SeatCheck Run(SeatMap map, IEnumerable<SeatRequest> requested, int maxSeats)
    {
        ArgumentNullException.ThrowIfNull(requested);
        ArgumentOutOfRangeException.ThrowIfLessThan(maxSeats, 1);

        // Reads one more than allowed, so an oversized post costs no more than a valid one.
        var requests = requested.Take(maxSeats + 1).ToList();
        if (requests.Count == 0 || requests.Count > maxSeats)
        {
            return new SeatCheck(null, [new SeatProblem(null, requests.Count == 0 ? SeatProblemKind.NoSeats : SeatProblemKind.TooMany)]);
        }

        var problems = new List<SeatProblem>();
        var chosen = new List<ChosenSeat>();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var request in requests)
        {
            var seat = map.Find(request.SeatId);
            var price = seat is null ? null : map.PricesFor(seat).FirstOrDefault(p => p.PriceId == request.PriceId);
            SeatProblemKind? problem = seat is null ? SeatProblemKind.Unknown
                : !seen.Add(seat.Id) ? SeatProblemKind.Duplicate
                : !seat.IsFree ? SeatProblemKind.Taken
                : price is null ? SeatProblemKind.PriceNotAvailable
                : null;
            if (problem is { } kind)
            {
                problems.Add(new SeatProblem(seat?.Id ?? request.SeatId, kind));
            }
            else
            {
                chosen.Add(new ChosenSeat(seat!, price!));
            }
        }

        return problems.Count == 0 ? new SeatCheck(new SeatSelection(map.EventId, chosen), []) : new SeatCheck(null, problems);
    }
}
