using Microsoft.Extensions.Localization;

namespace Checkout.Web.Features.Tickets;

/// <summary>How an evening and its tickets are named, on screen and in calendar entries.</summary>
public static class EveningText
{
    /// <summary>The performance's name, or a neutral word when VdM could not name it.</summary>
    public static string NameOf(this IStringLocalizer<TicketsText> t, Evening evening) =>
        evening.Name.Length > 0 ? evening.Name : t["PerformanceUnnamed"];

    /// <summary>"Balkon, rij 3, stoel 12 · Standaard" or "2 × Standaard, vrije plaatsing".</summary>
    public static string Describe(this IStringLocalizer<TicketsText> t, EveningSeat seat) => seat switch
    {
        { IsNumbered: true, Section: { Length: > 0 } section } => t["SeatInSection", section, seat.Row!, seat.Number!, seat.TicketType],
        { IsNumbered: true } => t["Seat", seat.Row!, seat.Number!, seat.TicketType],
        _ => t["Unnumbered", seat.Quantity, seat.TicketType],
    };
}
