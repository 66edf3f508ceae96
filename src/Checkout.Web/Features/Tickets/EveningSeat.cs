namespace Checkout.Web.Features.Tickets;

/// <summary>
/// Tickets of one kind for an evening: a numbered seat (<see cref="Row"/> and <see cref="Number"/>, quantity 1), or
/// so many general-admission tickets of a ticket type, where VdM assigns no seat.
/// </summary>
public sealed record EveningSeat(string TicketType, string? Section, string? Row, string? Number, int Quantity = 1)
{
    public bool IsNumbered => Row is not null && Number is not null;
}
