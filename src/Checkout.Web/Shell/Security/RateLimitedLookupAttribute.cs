namespace Checkout.Web.Shell.Security;

/// <summary>
/// Marks a page whose every load asks VdM about something its URL names (the order status page and its order key):
/// loads are limited per address (<see cref="AbuseLimits.StatusLookupsPerAddress"/>), so guessing keys or reloading
/// in a loop cannot turn into an unlimited stream of upstream calls.
/// </summary>
[AttributeUsage(AttributeTargets.Class, Inherited = false)]
public sealed class RateLimitedLookupAttribute : Attribute;
