namespace Checkout.Web.Features.Customers;

/// <summary>Whether a limited action may go ahead and, when not, how long until it may.</summary>
public readonly record struct RateDecision(bool Allowed, TimeSpan RetryAfter)
{
    public static RateDecision Allow => new(true, TimeSpan.Zero);

    public static RateDecision Wait(TimeSpan retryAfter) => new(false, retryAfter);
}
