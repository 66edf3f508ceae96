using Checkout.VoordeMensen.Public;

namespace Checkout.VoordeMensen.Orders;

/// <summary>Where <see cref="OrderReport.State"/> came from.</summary>
public enum OrderStateSource
{
    /// <summary>The public status carried an (undocumented) order_status.</summary>
    PublicStatus,

    /// <summary>Peppered's order list had the order under its key.</summary>
    Peppered,

    /// <summary>Not known: no Peppered key, the order was not in the lookup window, or the lookup failed.</summary>
    None,
}

/// <summary>
/// What VdM says about an order now: its public status (payment status, tickets, documents) and, when it can be
/// known, its order state, so a paid order that was cancelled later is not shown as a success. Never cached.
/// </summary>
public sealed record OrderReport(OrderStatus Status, OrderState State, OrderStateSource StateSource)
{
    public PaymentStatus PaymentStatus => Status.PaymentStatus;

    public bool IsStateKnown => StateSource != OrderStateSource.None;
}
