namespace Checkout.Web.Shell.Security;

/// <summary>Whether a request is within its limit, and otherwise when to try again (the Retry-After of a 429).</summary>
public readonly record struct LimitCheck(bool Allowed, TimeSpan RetryAfter);
