using Checkout.VoordeMensen.Public;

namespace Checkout.Web.Features.Events;

/// <summary>
/// What the programme may say about availability. VdM's event_free is the most tickets one order may hold, capped
/// for privacy, not the number of seats left; it only hints at scarcity when it drops below what the same
/// production's other performances allow. The number itself is never shown.
/// </summary>
public static class Availability
{
    public static bool IsSoldOut(Performance performance) => performance.MaxPerOrder <= 0;

    public static bool IsFewLeft(Performance performance, Production production, int fewTicketsLeftAt) =>
        performance.MaxPerOrder > 0
        && performance.MaxPerOrder <= fewTicketsLeftAt
        && performance.MaxPerOrder < production.Performances.Max(p => p.MaxPerOrder);
}
