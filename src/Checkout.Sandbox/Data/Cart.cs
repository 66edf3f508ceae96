using Checkout.Sandbox.Inventory;

namespace Checkout.Sandbox.Data;

/// <summary>
/// A cart holds its seats until <see cref="ExpiresAt"/>: every change renews the hold for all
/// of its seats (the sweep in <see cref="VenueScope"/> releases them afterwards).
/// </summary>
internal sealed class Cart(string id)
{
    public const string DonationItemId = "donation";

    public string Id => id;
    public List<(Seat Seat, Performance Performance)> Tickets { get; } = [];
    public decimal Donation { get; set; }
    public DateTimeOffset? ExpiresAt { get; private set; }

    public bool IsEmpty => Tickets.Count == 0 && Donation == 0;

    /// <summary>VdM's total of the held tickets (public totalprice), which is not always the sum of their seat prices.</summary>
    public decimal TicketTotal => TicketPricing.Of(Tickets.Select(t => (t.Seat, t.Performance, t.Seat.Claim!.TicketType, t.Seat.Claim.Price))).Total;

    public void Touch(DateTimeOffset now, TimeSpan hold) => ExpiresAt = IsEmpty ? null : now + hold;

    public void Release(Seat seat)
    {
        if (seat.Claim?.Cart == this)
        {
            seat.Claim = null;
        }
        Tickets.RemoveAll(t => t.Seat == seat);
    }

    /// <summary>Where the cart stands now, to undo a change that failed halfway with <see cref="RollBack"/>.</summary>
    public (int Tickets, decimal Donation, DateTimeOffset? ExpiresAt) Mark() => (Tickets.Count, Donation, ExpiresAt);

    /// <summary>Releases the tickets added since <paramref name="mark"/> and restores the donation and the hold.</summary>
    public void RollBack((int Tickets, decimal Donation, DateTimeOffset? ExpiresAt) mark)
    {
        foreach (var (seat, _) in Tickets.Skip(mark.Tickets).ToList())
        {
            Release(seat);
        }
        Donation = mark.Donation;
        ExpiresAt = mark.ExpiresAt;
    }

    public void Empty()
    {
        foreach (var (seat, _) in Tickets.ToList())
        {
            Release(seat);
        }
        Donation = 0;
        ExpiresAt = null;
    }
}
