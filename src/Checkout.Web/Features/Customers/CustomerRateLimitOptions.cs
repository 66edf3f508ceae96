namespace Checkout.Web.Features.Customers;

/// <summary>"Customers:RateLimits:*": how many code requests and code attempts per IP and per e-mail in one window.</summary>
public sealed class CustomerRateLimitOptions
{
    public const string Section = "Customers:RateLimits";

    public int WindowMinutes { get; set; } = 15;
    public int LookupsPerIp { get; set; } = 10;
    public int LookupsPerEmail { get; set; } = 3;
    public int AttemptsPerIp { get; set; } = 30;
    public int AttemptsPerEmail { get; set; } = 10;
}
