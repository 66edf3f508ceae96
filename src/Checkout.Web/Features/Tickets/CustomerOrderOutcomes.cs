using Checkout.Web.Features.Customers;
using Checkout.Web.Features.Orders;

namespace Checkout.Web.Features.Tickets;

/// <summary>
/// The <see cref="OrderOutcome"/> of a customer's order on My tickets, decided as on the status page
/// (<see cref="OrderView.Decide"/>). Only the payment window differs: My tickets knows every order's date, so an order
/// still unpaid <c>Shop:HoldMinutes</c> after it was placed is no longer "being confirmed" — but a venue's reservation
/// or offer keeps its own words however old it is.
/// </summary>
public static class CustomerOrderOutcomes
{
    public static OrderOutcome Of(CustomerOrder order, DateTimeOffset now, TimeSpan paymentWindow)
    {
        var outcome = OrderView.Decide(order.PaymentStatus, order.State, windowPassed: false);
        var windowPassed = order.OrderDate is { } placed && now > placed + paymentWindow;
        return outcome == OrderOutcome.Pending && windowPassed ? OrderOutcome.Unpaid : outcome;
    }

    /// <summary>Whether the order's tickets are valid: VdM's ticket link is offered.</summary>
    public static bool HasValidTickets(this OrderOutcome outcome) => outcome is OrderOutcome.Paid or OrderOutcome.Reissued;

    /// <summary>Whether the buyer is expected at the performances: the calendar entries are offered.</summary>
    public static bool IsAttending(this OrderOutcome outcome) =>
        outcome is OrderOutcome.Paid or OrderOutcome.Reissued or OrderOutcome.Partial or OrderOutcome.Reservation;

    /// <summary>Whether only the venue can move the order on: its contact is offered.</summary>
    public static bool NeedsVenue(this OrderOutcome outcome) =>
        outcome is OrderOutcome.CancelledAfterPayment or OrderOutcome.Partial or OrderOutcome.Reservation or OrderOutcome.Prospect or OrderOutcome.Unknown;
}
