using System.Security.Cryptography;
using System.Text;
using Checkout.Web.Shell.Security;
using Microsoft.Extensions.Options;

namespace Checkout.Web.Features.Customers;

/// <summary>
/// Fixed-window limits on code requests and code attempts, per client IP and per e-mail address. Applied in the
/// service layer because Blazor circuit events are not HTTP requests the ASP.NET Core middleware could see.
/// In memory: with several instances every instance counts on its own (the per-code attempt limit is shared).
/// </summary>
public sealed class CustomerRateLimits : IDisposable
{
    private readonly ActionRateLimit lookups;
    private readonly ActionRateLimit attempts;

    public CustomerRateLimits(IOptions<CustomerRateLimitOptions> options)
    {
        var o = options.Value;
        var window = TimeSpan.FromMinutes(o.WindowMinutes);
        lookups = new ActionRateLimit(o.LookupsPerEmail, o.LookupsPerIp, window);
        attempts = new ActionRateLimit(o.AttemptsPerEmail, o.AttemptsPerIp, window);
    }

    /// <summary>False when this IP or this address asked for too many codes in the window.</summary>
    public bool TryLookup(string clientKey, string? ip, string email) => lookups.TryAcquire(Subject(clientKey, email), ip);

    /// <summary>False when this IP or this address tried too many codes in the window.</summary>
    public bool TryAttempt(string clientKey, string? ip, string email) => attempts.TryAcquire(Subject(clientKey, email), ip);

    public void Dispose()
    {
        lookups.Dispose();
        attempts.Dispose();
    }

    // Hashed: the limiter's partition keys should not hold e-mail addresses in memory dumps.
    private static string Subject(string clientKey, string email) =>
        $"{clientKey}:{Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(email)))}";
}
