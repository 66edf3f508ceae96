using Checkout.VoordeMensen.Peppered.SeatMaps;

namespace Checkout.Web.Features.Cart;

/// <summary>
/// The shop's rules for chosen seats on top of <see cref="SeatMap.Check"/>: a wheelchair place comes with its companion
/// seat, a companion seat never goes without its wheelchair place, and where a chosen seat cannot be held again the
/// closest equivalent seat is proposed.
/// </summary>
public static class SeatRules
{
    /// <summary>The requests with the free companion seat of every requested wheelchair place added, at the same price.</summary>
    public static IReadOnlyList<SeatRequest> WithCompanions(SeatMap map, IReadOnlyList<SeatRequest> requests)
    {
        var asked = requests.Select(r => r.SeatId).ToHashSet(StringComparer.Ordinal);
        var companions = requests
            .Select(r => (Request: r, Companion: r.SeatId is { } id ? map.ProposeCompanion(id) : null))
            .Where(p => p.Companion is { IsFree: true } companion && !asked.Contains(companion.Id))
            .Select(p => new SeatRequest(p.Companion!.Id, p.Request.PriceId));
        return [.. requests, .. companions];
    }

    /// <summary>
    /// Whether a companion seat is asked without its wheelchair place while that place is free (the place would lose
    /// its companion); once the wheelchair place is gone, its companion seat is an ordinary seat.
    /// </summary>
    public static bool CompanionWithoutWheelchair(SeatMap map, IReadOnlyList<SeatRequest> requests)
    {
        var asked = requests.Select(r => r.SeatId).ToHashSet(StringComparer.Ordinal);
        return requests.Any(r => map.Find(r.SeatId) is { Kind: SeatKind.Companion, WheelchairSeatId: { } wheelchair }
            && !asked.Contains(wheelchair) && map.Find(wheelchair) is { IsFree: true });
    }

    /// <summary>Whether the list offers this seat on its own: not a companion seat that goes with a free wheelchair place.</summary>
    public static bool ChoosableAlone(SeatMap map, SeatMapSeat seat) =>
        seat.IsFree && !(seat is { Kind: SeatKind.Companion, WheelchairSeatId: { } wheelchair } && map.Find(wheelchair) is { IsFree: true });

    /// <summary>
    /// The free seat most like <paramref name="gone"/>: same kind and rank (so the same price), the same section if
    /// possible, then the nearest row and seat number; null when there is none. <paramref name="excluded"/> are seats
    /// already spoken for.
    /// </summary>
    public static SeatMapSeat? Closest(SeatMap map, SeatMapSeat gone, IReadOnlySet<string> excluded) =>
        map.Seats
            .Where(s => s.IsFree && s.Kind == gone.Kind && s.RankId == gone.RankId && !excluded.Contains(s.Id))
            .OrderBy(s => s.SectionId == gone.SectionId ? 0 : 1)
            .ThenBy(s => Math.Abs(s.Row - gone.Row))
            .ThenBy(s => Math.Abs(s.Number - gone.Number))
            .FirstOrDefault();
}
