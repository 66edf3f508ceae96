namespace Checkout.Web.Features.Seats;

/// <summary>What the event page says about a performance's plan: whether seats can be chosen, and whether a wheelchair place is free (never how many).</summary>
public sealed record SeatPlanSummary(bool HasPlan, bool WheelchairPlacesAvailable)
{
    public static SeatPlanSummary None { get; } = new(false, false);

    /// <summary>Not learned yet: seat choice is offered, nothing is said about wheelchair places.</summary>
    public static SeatPlanSummary Unknown { get; } = new(true, false);
}
