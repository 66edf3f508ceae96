using System.Text.Json.Serialization;

namespace Checkout.Web.Features.Tickets;

/// <summary>
/// One performance of an order as the buyer needs it on the evening itself: what, when, where and which tickets. The
/// shop's own record (kept with a customer's cached orders), so a change in the VdM library never changes what is
/// stored. A field VdM could not tell is empty: the page shows what is known.
/// </summary>
public sealed record Evening
{
    /// <summary>The performance (VdM's sub event).</summary>
    public required int PerformanceId { get; init; }

    /// <summary>The performance's name; empty when no source named it.</summary>
    public string Name { get; init; } = "";

    public DateTimeOffset? Start { get; init; }

    /// <summary>Null when VdM has no end time: a calendar entry then lasts <c>Shop:EveningMinutes</c>.</summary>
    public DateTimeOffset? End { get; init; }

    public EveningHall? Hall { get; init; }

    public IReadOnlyList<EveningSeat> Seats { get; init; } = [];

    [JsonIgnore]
    public int TicketCount => Seats.Sum(s => s.Quantity);
}
