namespace Checkout.Web.Features.Customers;

/// <summary>The answer to a typed code.</summary>
public enum VerifyOutcome { Verified, Wrong, Expired, TooManyAttempts, Limited, Unavailable }
