namespace Checkout.Web.Shell.Embedding.Analytics;

/// <summary>
/// An order placed from the frame whose payment happens outside it (payment always runs top-level): its purchase event
/// waits until a basket counter on the venue page finds the order paid. The order key stays on the server.
/// </summary>
public sealed record PendingPurchase(string OrderKey, VenueEvent Event, DateTimeOffset PlacedAt, DateTimeOffset? CheckedAt = null)
{
    /// <summary>How long a placed order is followed: a visitor back on the venue page within a day is told.</summary>
    public static readonly TimeSpan FollowFor = TimeSpan.FromDays(1);

    /// <summary>VdM is asked about the order at most this often per visitor, however many venue pages load.</summary>
    public static readonly TimeSpan CheckEvery = TimeSpan.FromSeconds(20);

    public bool IsStale(DateTimeOffset now) => now - PlacedAt > FollowFor;

    public bool IsDue(DateTimeOffset now) => CheckedAt is not { } last || now - last >= CheckEvery;
}
