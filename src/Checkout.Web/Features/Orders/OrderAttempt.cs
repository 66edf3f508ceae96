using Checkout.Web.Features.Cart;

namespace Checkout.Web.Features.Orders;

/// <summary>What an order was made of, so a cancelled or failed payment can be retried with the same selection.</summary>
public sealed record OrderAttempt(
    IReadOnlyList<TicketSelection> Selection, IReadOnlyList<HeldTicket> Lines, DateTimeOffset PlacedAt, decimal? Donation = null)
{
    /// <summary>The format <see cref="OrderAttemptStore"/> writes; a stored attempt of another version counts as unknown.</summary>
    public const int CurrentVersion = 1;

    /// <summary>The format of a stored attempt (set when saved); 0 for one written before attempts had versions.</summary>
    public int Version { get; init; }
}
