using Checkout.VoordeMensen.Peppered.SeatMaps;

namespace Checkout.Web.Features.Cart;

/// <summary>Where a seat is, as the visitor is told (section, row, seat number); never its VdM id alone.</summary>
public sealed record SeatPlace(string Section, int Row, int Number)
{
    public static SeatPlace Of(SeatMapSeat seat) => new(seat.SectionName, seat.Row, seat.Number);
}
