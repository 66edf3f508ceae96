namespace Checkout.Web.Features.Tickets;

/// <summary>What My tickets tells the buyer about one order, from VdM's payment status and order state.</summary>
public enum OrderStanding
{
    /// <summary>Paid: the tickets are valid.</summary>
    Paid,

    /// <summary>Paid, and VdM issued the tickets again (reemit, reissue): only the newest tickets are valid.</summary>
    Reissued,

    /// <summary>Not confirmed yet, within the payment window.</summary>
    Pending,

    /// <summary>Still unpaid after the payment window: the status page offers to try again.</summary>
    Unpaid,

    /// <summary>The payment failed or was cancelled, or the unpaid order was cancelled.</summary>
    Failed,

    /// <summary>The venue cancelled an order that was (partly) paid: refund, contact.</summary>
    CancelledAfterPayment,

    /// <summary>Partly paid: the rest through the venue.</summary>
    Partial,

    /// <summary>A reservation without a payment: pay before it expires, through the venue.</summary>
    Reservation,

    /// <summary>An offer from the venue, not an order yet.</summary>
    Prospect,

    /// <summary>A status this shop does not know: only the venue can say.</summary>
    Unknown,
}
