namespace Checkout.Web.Features.Orders;

/// <summary>What the status page tells the visitor, from VdM's payment status and order state (<see cref="OrderView.Decide"/>).</summary>
public enum OrderOutcome
{
    /// <summary>Paid: thank you, tickets, receipt.</summary>
    Paid,

    /// <summary>Paid, and VdM issued the tickets again (reemit, reissue): the new tickets are the valid ones.</summary>
    Reissued,

    /// <summary>Not confirmed yet, within the payment window: the page keeps checking.</summary>
    Pending,

    /// <summary>Still unpaid after the payment window: like <see cref="Failed"/>, with the one-click retry.</summary>
    Unpaid,

    /// <summary>The payment failed or was cancelled (or the unpaid order was cancelled): the one-click retry.</summary>
    Failed,

    /// <summary>The venue cancelled an order that was (partly) paid: no thank you; refund and contact.</summary>
    CancelledAfterPayment,

    /// <summary>Partly paid: pay the rest through the venue.</summary>
    Partial,

    /// <summary>A reservation without a payment: pay before it expires, through the venue.</summary>
    Reservation,

    /// <summary>An offer from the venue (pros), not an order yet: the venue confirms it.</summary>
    Prospect,

    /// <summary>A payment status this shop does not know: only the venue can say.</summary>
    Unknown,

    /// <summary>Deleted at VdM (trash): shown like an order that does not exist.</summary>
    Gone,
}
