namespace Checkout.Web.Features.Customers;

/// <summary>
/// "Customers:RateLimits:*": code requests, code attempts and venue token links per window, per e-mail address and
/// per network (an IPv4 address, an IPv6 /64), counted in <see cref="Shell.Security.ISharedCounters"/> so every instance shares them.
/// </summary>
public sealed class CustomerRateLimitOptions
{
    public const string Section = "Customers:RateLimits";

    public int WindowMinutes { get; set; } = 15;
    public int LookupsPerIp { get; set; } = 10;
    public int LookupsPerEmail { get; set; } = 3;
    public int AttemptsPerIp { get; set; } = 30;

    /// <summary>Attempts per address in one window; the address then waits a window, twice as long each further time that day.</summary>
    public int AttemptsPerEmail { get; set; } = 10;

    /// <summary>Attempts per address in 24 hours, whatever the waits: the ceiling on guessing one address's codes.</summary>
    public int AttemptsPerEmailPerDay { get; set; } = 30;

    /// <summary>Page requests with a venue token (<c>?identity=</c>) per network in one window, valid or not.</summary>
    public int TokenLinksPerIp { get; set; } = 30;
}
