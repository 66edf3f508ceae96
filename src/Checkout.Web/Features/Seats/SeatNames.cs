using Checkout.VoordeMensen.Peppered.SeatMaps;
using Checkout.Web.Components.Shared;
using Microsoft.Extensions.Localization;

namespace Checkout.Web.Features.Seats;

/// <summary>How a seat is named to the visitor, the same on the plan, in the list and in announcements.</summary>
public static class SeatNames
{
    /// <summary>"Parket, rij 3, stoel 7".</summary>
    public static string Place(this IStringLocalizer<SeatsText> t, SeatMapSeat seat) => t["SeatPlace", seat.SectionName, seat.Row, seat.Number];

    /// <summary>The accessibility note of a seat's kind ("wheelchair place with companion seat 2"); empty for a standard seat.</summary>
    public static string Note(this IStringLocalizer<SeatsText> t, SeatMap map, SeatMapSeat seat) => seat.Kind switch
    {
        SeatKind.Wheelchair when seat.CompanionSeatId is { } id && map.Find(id) is { IsFree: true } companion => t["NoteWheelchairWithCompanion", companion.Number],
        SeatKind.Wheelchair => t["NoteWheelchair"],
        SeatKind.Companion when seat.WheelchairSeatId is { } id && map.Find(id) is { } wheelchair => t["NoteCompanion", wheelchair.Number],
        SeatKind.Restricted => t["NoteRestricted"],
        _ => "",
    };

    /// <summary>The full label of a seat: place, kind note, price and state.</summary>
    public static string Label(this IStringLocalizer<SeatsText> t, SeatMap map, SeatMapSeat seat)
    {
        var note = t.Note(map, seat);
        var price = map.RankOf(seat)?.LowestPrice is { } from ? t["FromPrice", Formats.Money(from)].Value : "";
        var state = seat.IsFree ? "" : t["Taken"].Value;
        return string.Join(", ", new[] { t.Place(seat), note, price, state }.Where(s => s.Length > 0));
    }
}
