namespace Checkout.Web.Features.Cart;

/// <summary>
/// When the hold ends, how many renewals are left, how long the hold lasts (null = the configured hold) and until when
/// it may still be extended (<see cref="HoldPolicy.ExtendableUntil"/>; null = no bound); <see cref="ExpiresAt"/> is null
/// for an empty cart.
/// </summary>
public sealed record HoldState(DateTimeOffset? ExpiresAt, int RenewalsLeft, int? Minutes = null, DateTimeOffset? ExtendableUntil = null)
{
    public static HoldState None { get; } = new(null, 0);

    public TimeSpan Remaining(DateTimeOffset now) =>
        ExpiresAt is { } end && end > now ? end - now : TimeSpan.Zero;
}
