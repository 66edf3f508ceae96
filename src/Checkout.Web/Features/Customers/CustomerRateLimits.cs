using System.Security.Cryptography;
using System.Text;
using System.Threading.RateLimiting;
using Microsoft.Extensions.Options;

namespace Checkout.Web.Features.Customers;

/// <summary>
/// Fixed-window limits on code requests and code attempts, per client IP and per e-mail address. Applied in the
/// service layer because Blazor circuit events are not HTTP requests the ASP.NET Core middleware could see.
/// In memory: with several instances every instance counts on its own (the per-code attempt limit is shared).
/// </summary>
public sealed class CustomerRateLimits : IDisposable
{
    private readonly PartitionedRateLimiter<string> lookups;
    private readonly PartitionedRateLimiter<string> attempts;

    public CustomerRateLimits(IOptions<CustomerRateLimitOptions> options)
    {
        var o = options.Value;
        var window = TimeSpan.FromMinutes(o.WindowMinutes);
        lookups = Create(window, o.LookupsPerIp, o.LookupsPerEmail);
        attempts = Create(window, o.AttemptsPerIp, o.AttemptsPerEmail);
    }

    /// <summary>False when this IP or this address asked for too many codes in the window.</summary>
    public bool TryLookup(string clientKey, string? ip, string email) => Acquire(lookups, clientKey, ip, email);

    /// <summary>False when this IP or this address tried too many codes in the window.</summary>
    public bool TryAttempt(string clientKey, string? ip, string email) => Acquire(attempts, clientKey, ip, email);

    public void Dispose()
    {
        lookups.Dispose();
        attempts.Dispose();
    }

    private static bool Acquire(PartitionedRateLimiter<string> limiter, string clientKey, string? ip, string email)
    {
        // Both partitions are always charged, so an attacker rotating addresses still spends the IP's budget.
        using var byIp = limiter.AttemptAcquire($"ip:{ip ?? "unknown"}");
        using var byEmail = limiter.AttemptAcquire($"email:{clientKey}:{Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(email)))}");
        return byIp.IsAcquired && byEmail.IsAcquired;
    }

    private static PartitionedRateLimiter<string> Create(TimeSpan window, int perIp, int perEmail) =>
        PartitionedRateLimiter.Create<string, string>(key => RateLimitPartition.GetFixedWindowLimiter(key, k => new FixedWindowRateLimiterOptions
        {
            PermitLimit = k.StartsWith("ip:", StringComparison.Ordinal) ? perIp : perEmail,
            Window = window,
            QueueLimit = 0,
        }));
}

/// <summary>
/// The visitor's IP for rate limiting: from the request, or in a circuit from the protected root-component parameter
/// the prerender request passed in (a circuit has no HttpContext of its own).
/// </summary>
public sealed class CurrentConnection(IHttpContextAccessor httpContextAccessor)
{
    private string? ip;

    public string? RemoteIp => ip ??= httpContextAccessor.HttpContext?.Connection.RemoteIpAddress?.ToString();

    public void Set(string? remoteIp) => ip ??= remoteIp;
}
