using Checkout.VoordeMensen;
using Checkout.Web.Features.Tickets;

namespace Checkout.Web.Features.Customers;

/// <summary>One order of the verified customer; its status page (order/{key}) has the ticket links.</summary>
public sealed record CustomerOrder(string OrderKey, DateTimeOffset? OrderDate, decimal Amount, PaymentStatus PaymentStatus)
{
    /// <summary>VdM's order state (regular, cancelled, re-issued, reservation, …).</summary>
    public OrderState State { get; init; } = OrderState.Unknown;

    /// <summary>Until when an unpaid reservation holds its tickets; null when VdM set no time-out.</summary>
    public DateTimeOffset? ReservedUntil { get; init; }

    /// <summary>The performances of the order with their tickets, soonest first.</summary>
    public IReadOnlyList<Evening> Evenings { get; init; } = [];
}
