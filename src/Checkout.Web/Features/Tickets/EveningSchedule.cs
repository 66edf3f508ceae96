using System.Globalization;
using Checkout.VoordeMensen.Halls;
using Checkout.VoordeMensen.Peppered;
using Checkout.Web.Features.Cart;

namespace Checkout.Web.Features.Tickets;

/// <summary>
/// What is known about a set of performances and the client's halls, read once (<see cref="EveningCatalog"/>), to
/// turn the tickets of any number of orders into their evenings without asking VdM again.
/// </summary>
public sealed class EveningSchedule
{
    private readonly IReadOnlyDictionary<int, PerformanceFacts> performances;
    private readonly IReadOnlyList<HallAddress> halls;

    internal EveningSchedule(IReadOnlyDictionary<int, PerformanceFacts> performances, IReadOnlyList<HallAddress> halls) =>
        (this.performances, this.halls) = (performances, halls);

    /// <summary>The evenings of tickets a cart held: the cart's names and start win, the schedule adds the end and the address.</summary>
    public IReadOnlyList<Evening> Of(IEnumerable<HeldTicket> lines) => Ordered(lines.GroupBy(l => l.EventId).Select(g =>
    {
        var first = g.First();
        var known = performances.GetValueOrDefault(g.Key);
        return new Evening
        {
            PerformanceId = g.Key,
            Name = first.EventName.Length > 0 ? first.EventName : known?.Name ?? "",
            Start = first.Start ?? known?.Start,
            End = known?.End,
            Hall = HallDirectory.Find(halls, known?.HallId, first.LocationName.Length > 0 ? first.LocationName : known?.HallName),
            Seats =
            [
                .. g.Where(l => l.Row is not null && l.SeatNumber is not null).Select(l => new EveningSeat(l.DiscountName, l.Section, l.Row, l.SeatNumber)),
                .. Unnumbered(g.Where(l => l.Row is null || l.SeatNumber is null).Select(l => (l.DiscountName, l.Quantity))),
            ],
        };
    }));

    /// <summary>The evenings of seats Peppered's export lists for an order; row or seat 0 means general admission.</summary>
    public IReadOnlyList<Evening> Of(IEnumerable<ExportedSeat> seats) => Ordered(seats.GroupBy(s => s.EventId).Select(g =>
    {
        var known = performances.GetValueOrDefault(g.Key);
        return new Evening
        {
            PerformanceId = g.Key,
            Name = known?.Name ?? "",
            Start = known?.Start,
            End = known?.End,
            Hall = HallDirectory.Find(halls, known?.HallId, known?.HallName),
            Seats =
            [
                .. g.Where(IsNumbered).Select(s => new EveningSeat(s.PriceName ?? "", null, Text(s.Row), Text(s.SeatNumber))),
                .. Unnumbered(g.Where(s => !IsNumbered(s)).Select(s => (s.PriceName ?? "", 1))),
            ],
        };
    }));

    private static bool IsNumbered(ExportedSeat seat) => seat is { Row: > 0, SeatNumber: > 0 };

    private static string? Text(int? number) => number?.ToString(CultureInfo.InvariantCulture);

    private static IEnumerable<EveningSeat> Unnumbered(IEnumerable<(string TicketType, int Quantity)> tickets) =>
        tickets.GroupBy(t => t.TicketType, StringComparer.Ordinal).Select(g => new EveningSeat(g.Key, null, null, null, g.Sum(t => t.Quantity)));

    private static IReadOnlyList<Evening> Ordered(IEnumerable<Evening> evenings) =>
        [.. evenings.OrderBy(e => e.Start is null).ThenBy(e => e.Start).ThenBy(e => e.PerformanceId)];
}
