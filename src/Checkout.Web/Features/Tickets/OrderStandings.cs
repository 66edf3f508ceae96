using Checkout.VoordeMensen;
using Checkout.Web.Features.Customers;

namespace Checkout.Web.Features.Tickets;

/// <summary>
/// The <see cref="OrderStanding"/> of a customer's order. The order state wins where it changes the payment status's
/// meaning: a paid order the venue cancelled never reads as valid, re-issued tickets are named, a venue's reservation
/// or offer is not a payment in progress. An order still unpaid after the payment window (<c>Shop:HoldMinutes</c>
/// after it was placed) is no longer "being confirmed".
/// </summary>
public static class OrderStandings
{
    public static OrderStanding Of(CustomerOrder order, DateTimeOffset now, TimeSpan paymentWindow)
    {
        var windowPassed = order.OrderDate is { } placed && now > placed + paymentWindow;
        return (order.PaymentStatus.Kind, order.State.Kind) switch
        {
            (PaymentStatusKind.Paid or PaymentStatusKind.Partial, OrderStateKind.Cancelled) => OrderStanding.CancelledAfterPayment,
            (_, OrderStateKind.Cancelled) => OrderStanding.Failed,
            (PaymentStatusKind.Paid, OrderStateKind.Reemitted or OrderStateKind.Reissued) => OrderStanding.Reissued,
            (PaymentStatusKind.Paid, _) => OrderStanding.Paid,
            (PaymentStatusKind.Partial, _) => OrderStanding.Partial,
            (PaymentStatusKind.Cancelled, _) => OrderStanding.Failed,
            (PaymentStatusKind.None or PaymentStatusKind.Pending, OrderStateKind.Prospect) => OrderStanding.Prospect,
            (PaymentStatusKind.None, OrderStateKind.Reservation) => OrderStanding.Reservation,
            (PaymentStatusKind.None or PaymentStatusKind.Pending, _) => windowPassed ? OrderStanding.Unpaid : OrderStanding.Pending,
            _ => OrderStanding.Unknown,
        };
    }

    /// <summary>Whether the order's tickets are valid: VdM's ticket link is offered.</summary>
    public static bool HasValidTickets(this OrderStanding standing) => standing is OrderStanding.Paid or OrderStanding.Reissued;

    /// <summary>Whether the buyer is expected at the performances: the calendar entries are offered.</summary>
    public static bool IsAttending(this OrderStanding standing) =>
        standing is OrderStanding.Paid or OrderStanding.Reissued or OrderStanding.Partial or OrderStanding.Reservation;

    /// <summary>Whether only the venue can move the order on: its contact is offered.</summary>
    public static bool NeedsVenue(this OrderStanding standing) =>
        standing is OrderStanding.CancelledAfterPayment or OrderStanding.Partial or OrderStanding.Reservation or OrderStanding.Prospect or OrderStanding.Unknown;
}
