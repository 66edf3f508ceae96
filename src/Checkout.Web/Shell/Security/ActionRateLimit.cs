using System.Threading.RateLimiting;

namespace Checkout.Web.Shell.Security;

/// <summary>
/// A fixed-window limit on one action, counted per subject (a visitor, an e-mail address) and per network address.
/// Both budgets are charged on every attempt, so rotating subjects (shedding the cookie, trying other addresses) still
/// spends the network address's budget. For the service layer: Blazor circuit events are not HTTP requests the
/// ASP.NET Core rate limiter could see. In memory: with several instances each counts on its own.
/// </summary>
public sealed class ActionRateLimit(int perSubject, int perAddress, TimeSpan window) : IDisposable
{
    private const string AddressPartition = "address:";

    private readonly PartitionedRateLimiter<string> limiter = PartitionedRateLimiter.Create<string, string>(key =>
        RateLimitPartition.GetFixedWindowLimiter(key, k => new FixedWindowRateLimiterOptions
        {
            PermitLimit = k.StartsWith(AddressPartition, StringComparison.Ordinal) ? perAddress : perSubject,
            Window = window,
            QueueLimit = 0,
            AutoReplenishment = true,
        }));

    /// <summary>False when the subject or the address used up its budget in the current window.</summary>
    public bool TryAcquire(string subject, string? address)
    {
        using var bySubject = limiter.AttemptAcquire("subject:" + subject);
        using var byAddress = limiter.AttemptAcquire(AddressPartition + (address ?? "unknown"));
        return bySubject.IsAcquired && byAddress.IsAcquired;
    }

    public void Dispose() => limiter.Dispose();
}
