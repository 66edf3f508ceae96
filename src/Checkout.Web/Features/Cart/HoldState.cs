namespace Checkout.Web.Features.Cart;

/// <summary>
/// When the hold ends, how many renewals are left and how long the hold lasts (null = the configured hold);
/// <see cref="ExpiresAt"/> is null for an empty cart.
/// </summary>
public sealed record HoldState(DateTimeOffset? ExpiresAt, int RenewalsLeft, int? Minutes = null)
{
    public static HoldState None { get; } = new(null, 0);

    public TimeSpan Remaining(DateTimeOffset now) =>
        ExpiresAt is { } end && end > now ? end - now : TimeSpan.Zero;
}
