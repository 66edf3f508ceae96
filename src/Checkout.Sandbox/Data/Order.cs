using Checkout.Sandbox.Inventory;

namespace Checkout.Sandbox.Data;

internal sealed record OrderLine(Seat Seat, Performance Performance, TicketType TicketType, decimal Price);

/// <summary>
/// An order holds its seats while payment is pending; paying sells them, cancelling, failing or
/// letting the reservation time out releases them.
/// </summary>
internal sealed class Order(int id, string key, Customer? customer, PaymentMethod paymentMethod, DateTimeOffset created)
{
    public const string Regular = "ord";
    public const string Reservation = "res";
    public const string Cancelled = "cancel";

    public int Id => id;
    public string Key => key;
    /// <summary>Null for an anonymous order (Peppered customerId null).</summary>
    public Customer? Customer => customer;
    public PaymentMethod PaymentMethod => paymentMethod;
    public DateTimeOffset Created { get; } = created;
    public List<OrderLine> Lines { get; } = [];
    public decimal Donation { get; init; }
    public string Channel { get; init; } = "www";
    public string? RedirectUrl { get; init; }
    /// <summary>orderStatus: ord, cancel, res here; pros, reemit, reissue, trash only through the admin endpoint.</summary>
    public string Status { get; private set; } = Reservation;
    public string PaymentStatus { get; private set; } = PaymentStates.Pending;
    public DateTimeOffset LastChanged { get; private set; } = created;

    /// <summary>When an unpaid reservation gives its seats back.</summary>
    public DateTimeOffset? TimeOut { get; init; }

    /// <summary>Set by "pay later": the moment the simulated provider reports the payment.</summary>
    public DateTimeOffset? PaysAt { get; private set; }

    /// <summary>What VdM charges before payment costs: its ticket total (discounts included) and the donation.</summary>
    public decimal Amount => Price.Total + Donation;

    /// <summary>The order-level discount (Peppered discountName), if one applied.</summary>
    public string? DiscountName => Price.DiscountName;

    private TicketPrice Price => TicketPricing.Of(Lines.Select(l => (l.Seat, l.Performance, l.TicketType, l.Price)));

    public bool IsPending => PaymentStatus == PaymentStates.Pending;

    public void MarkPaid(DateTimeOffset at)
    {
        Status = Regular;
        PaymentStatus = PaymentStates.Paid;
        PaysAt = null;
        LastChanged = at;
    }

    public void PayAt(DateTimeOffset at) => PaysAt = at;

    /// <summary>Test control: VdM reports any payment status it likes ("partial", "none", values we do not know).</summary>
    public void SetPaymentStatus(string status, DateTimeOffset at)
    {
        PaymentStatus = status;
        PaysAt = null;
        LastChanged = at;
    }

    /// <summary>Test control: VdM reports any order status it likes (every documented one, or values we do not know).</summary>
    public void SetStatus(string status, DateTimeOffset at)
    {
        Status = status;
        LastChanged = at;
    }

    /// <summary>The payment was cancelled or failed: the order and its payment are cancelled, the seats go back on sale.</summary>
    public void Cancel(DateTimeOffset at)
    {
        CancelByVenue(at);
        PaymentStatus = PaymentStates.Cancelled;
        PaysAt = null;
    }

    /// <summary>
    /// The venue cancels the order in VdM (e.g. the performance is called off): its seats go back on sale, but what
    /// was paid stays paid until a refund, which VdM handles outside the order.
    /// </summary>
    public void CancelByVenue(DateTimeOffset at)
    {
        foreach (var line in Lines.Where(l => l.Seat.Claim?.Order == this))
        {
            line.Seat.Claim = null;
        }
        Status = Cancelled;
        LastChanged = at;
    }

    /// <summary>Applies what the clock decided since the last look: a due payment or (when cancelling) an expired reservation.</summary>
    public void Settle(DateTimeOffset now, bool cancelWhenTimedOut)
    {
        if (!IsPending)
        {
            return;
        }
        if (PaysAt is { } paysAt && paysAt <= now)
        {
            MarkPaid(paysAt);
        }
        else if (cancelWhenTimedOut && PaysAt is null && TimeOut is { } timeOut && timeOut <= now)
        {
            Cancel(timeOut);
        }
    }
}

internal static class PaymentStates
{
    public const string Pending = "pending";
    public const string Paid = "paid";
    public const string Cancelled = "cancelled";
}
