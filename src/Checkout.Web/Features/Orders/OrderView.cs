using Checkout.VoordeMensen;
using Checkout.VoordeMensen.Public;

namespace Checkout.Web.Features.Orders;

/// <summary>An order as the status page shows it: VdM's public status, its order state when known, and the outcome.</summary>
public sealed record OrderView(OrderStatus Status, OrderState State, OrderOutcome Outcome)
{
    /// <summary>The numbered seats of an order placed in this shop (from its order attempt); empty when unknown here.</summary>
    public IReadOnlyList<Cart.HeldTicket> Seats { get; init; } = [];

    /// <summary>
    /// The outcome of an order. The state decides where it overrides the payment status (deleted; cancelled after
    /// paying must not say thank you; re-issued tickets); an order still unpaid after <paramref name="windowPassed"/>
    /// is treated like a cancelled one, as VdM is assumed to cancel it (docs/vdm-assumptions.md).
    /// </summary>
    public static OrderOutcome Decide(PaymentStatus payment, OrderState state, bool windowPassed) => (payment.Kind, state.Kind) switch
    {
        (_, OrderStateKind.Trash) => OrderOutcome.Gone,
        (PaymentStatusKind.Paid or PaymentStatusKind.Partial, OrderStateKind.Cancelled) => OrderOutcome.CancelledAfterPayment,
        (_, OrderStateKind.Cancelled) => OrderOutcome.Failed,
        (PaymentStatusKind.Paid, OrderStateKind.Reemitted or OrderStateKind.Reissued) => OrderOutcome.Reissued,
        (PaymentStatusKind.Paid, _) => OrderOutcome.Paid,
        (PaymentStatusKind.Partial, _) => OrderOutcome.Partial,
        (PaymentStatusKind.Cancelled, _) => OrderOutcome.Failed,
        (PaymentStatusKind.None or PaymentStatusKind.Pending, _) when windowPassed => OrderOutcome.Unpaid,
        (PaymentStatusKind.None or PaymentStatusKind.Pending, OrderStateKind.Prospect) => OrderOutcome.Prospect,
        (PaymentStatusKind.None, OrderStateKind.Reservation) => OrderOutcome.Reservation,
        (PaymentStatusKind.None or PaymentStatusKind.Pending, _) => OrderOutcome.Pending,
        _ => OrderOutcome.Unknown,
    };

    /// <summary>
    /// Whether the payment status alone leaves the page open to a state that changes it, worth one more VdM call (with
    /// a Peppered key): paid or partly paid (the venue may have cancelled or re-issued it), no payment at all (a venue's
    /// reservation or offer) — except for an order this shop placed within the payment window, which nobody has had
    /// time to change (the buyer's return from paying stays within the upstream budget) — and still pending after the
    /// window. A pending order inside the window (polled) and a cancelled one are settled by the payment status.
    /// </summary>
    public static bool NeedsState(PaymentStatus payment, OrderTiming timing) => payment.Kind switch
    {
        PaymentStatusKind.Paid or PaymentStatusKind.Partial or PaymentStatusKind.None => timing != OrderTiming.PlacedHereRecently,
        PaymentStatusKind.Pending => timing == OrderTiming.WindowPassed,
        _ => false,
    };
}
