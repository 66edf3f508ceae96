namespace Checkout.VoordeMensen.Peppered.SeatMaps;

/// <summary>
/// Seats checked against the current plan of <see cref="EventId"/>. Only <see cref="SeatMap.Check"/> makes one, so
/// seat ids posted by a browser cannot reach VdM unchecked.
/// </summary>
public sealed class SeatSelection
{
    internal SeatSelection(int eventId, IReadOnlyList<ChosenSeat> seats)
    {
        EventId = eventId;
        Seats = seats;
    }

    public int EventId { get; }

    public IReadOnlyList<ChosenSeat> Seats { get; }
}
