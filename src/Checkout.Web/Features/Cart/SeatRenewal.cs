using Checkout.VoordeMensen.Peppered.SeatMaps;

namespace Checkout.Web.Features.Cart;

/// <summary>
/// Holds chosen seats again in a fresh cart (a renewal, or a reservation after the hold ended). VdM holds a seat in one
/// cart at a time, so the caller releases the old cart first; the same seats are then held again at once, and a seat
/// someone else took in between is replaced by the closest equivalent one (<see cref="SeatRules.Closest"/>), which the
/// visitor is told (docs/vdm-assumptions.md, "Renewing chosen seats").
/// </summary>
public sealed class SeatRenewal(SeatHolds seats)
{
    public async Task<SeatRenewalResult> HoldAgainAsync(string cartId, IReadOnlyList<TicketSelection> chosen, CancellationToken cancellationToken)
    {
        var swaps = new List<SeatSwap>();
        var held = new List<string>();
        foreach (var performance in chosen.GroupBy(s => s.PerformanceId))
        {
            var (map, problem) = await seats.FindMapAsync(performance.Key, cancellationToken);
            if (map is null)
            {
                return SeatRenewalResult.Failed(problem == CartProblem.None ? CartProblem.NotForSale : problem);
            }

            var requests = Requests(map, performance, swaps);
            if (requests is null || map.Check(requests, requests.Count).Selection is not { } selection)
            {
                return SeatRenewalResult.Failed(CartProblem.SeatTaken);
            }

            var attempt = await seats.HoldAsync(cartId, selection, cancellationToken);
            if (attempt.Problem != CartProblem.None)
            {
                return SeatRenewalResult.Failed(attempt.Problem);
            }

            held.AddRange(selection.Seats.Select(c => c.Seat.Id));
        }

        return new SeatRenewalResult(CartProblem.None, held, swaps);
    }

    /// <summary>The same seats where they are free, else the closest equivalent; null when a seat has no equivalent.</summary>
    private static List<SeatRequest>? Requests(SeatMap map, IEnumerable<TicketSelection> selections, List<SeatSwap> swaps)
    {
        var wanted = selections.SelectMany(s => s.SeatIds!.Select(id => (SeatId: id, s.DiscountId))).ToList();
        var spoken = wanted.Select(w => w.SeatId).ToHashSet(StringComparer.Ordinal);
        var requests = new List<SeatRequest>();
        foreach (var (seatId, discountId) in wanted)
        {
            var seat = map.Find(seatId);
            if (seat is { IsFree: true })
            {
                requests.Add(new SeatRequest(seat.Id, discountId));
                continue;
            }

            if (seat is null || SeatRules.Closest(map, seat, spoken) is not { } instead)
            {
                return null;
            }

            spoken.Add(instead.Id);
            swaps.Add(new SeatSwap(SeatPlace.Of(seat), SeatPlace.Of(instead)));
            requests.Add(new SeatRequest(instead.Id, discountId));
        }

        return requests;
    }
}
