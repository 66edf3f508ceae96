using System.Net.Sockets;
using System.Net;
using System.Security.Cryptography;
using System.Text;
using Checkout.Web.Shell.Security;
using Microsoft.Extensions.Options;

namespace Checkout.Web.Features.Customers;

/// <summary>
/// Limits on code requests, code attempts and venue token links, per e-mail address and per network, in the shared
/// <see cref="ISharedCounters"/>: two instances behind a load balancer count together. Code attempts per address
/// also escalate: the first time an address uses up its window's attempts it waits one window, each further time that
/// day twice as long as the time before, and after the daily ceiling it waits until the day's count runs out. Applied
/// in the service layer because Blazor circuit events are not HTTP requests the ASP.NET Core middleware could see.
/// </summary>
public sealed class CustomerRateLimits(ISharedCounters counters, IOptions<CustomerRateLimitOptions> options)
{
    private static readonly TimeSpan Day = TimeSpan.FromDays(1);

    private CustomerRateLimitOptions Limits => options.Value;

    private TimeSpan Window => TimeSpan.FromMinutes(Limits.WindowMinutes);

    /// <summary>Charges one code request to the address and the network.</summary>
    public async Task<RateDecision> TryLookupAsync(string clientKey, string? ip, string email, CancellationToken cancellationToken)
    {
        var byEmail = await counters.HitAsync(Key(clientKey, "lookups", email), Window, cancellationToken);
        var byNetwork = await counters.HitAsync(Key(clientKey, "lookups-ip", AddressGroup.Of(ip)), Window, cancellationToken);
        return Refused(byEmail, Limits.LookupsPerEmail) ?? Refused(byNetwork, Limits.LookupsPerIp) ?? RateDecision.Allow;
    }

    /// <summary>Charges one code attempt to the address and the network; refused at once while the address waits.</summary>
    public async Task<RateDecision> TryAttemptAsync(string clientKey, string? ip, string email, CancellationToken cancellationToken)
    {
        var locked = await counters.PeekAsync(Key(clientKey, "attempts-wait", email), cancellationToken);
        if (locked.Count > 0)
        {
            return RateDecision.Wait(locked.ResetsIn);
        }

        var today = await counters.HitAsync(Key(clientKey, "attempts-day", email), Day, cancellationToken);
        var inWindow = await counters.HitAsync(Key(clientKey, "attempts", email), Window, cancellationToken);
        var byNetwork = await counters.HitAsync(Key(clientKey, "attempts-ip", AddressGroup.Of(ip)), Window, cancellationToken);
        // Beyond a limit only when attempts raced past the wait that the last allowed one started.
        if ((Refused(today, Limits.AttemptsPerEmailPerDay) ?? Refused(inWindow, Limits.AttemptsPerEmail)) is { } raced)
        {
            return raced;
        }

        // The last allowed attempt starts the wait, so the next one is refused without being counted.
        if (today.Count == Limits.AttemptsPerEmailPerDay)
        {
            await counters.HitAsync(Key(clientKey, "attempts-wait", email), today.ResetsIn, cancellationToken);
        }
        else if (inWindow.Count == Limits.AttemptsPerEmail)
        {
            await StartWaitAsync(clientKey, email, today.ResetsIn, cancellationToken);
        }

        return Refused(byNetwork, Limits.AttemptsPerIp) ?? RateDecision.Allow;
    }

    /// <summary>Charges one page request carrying a venue token to the network.</summary>
    public async Task<RateDecision> TryTokenLinkAsync(string clientKey, string? ip, CancellationToken cancellationToken) =>
        Refused(await counters.HitAsync(Key(clientKey, "token-links-ip", AddressGroup.Of(ip)), Window, cancellationToken), Limits.TokenLinksPerIp)
        ?? RateDecision.Allow;

    // The n-th wait of the day lasts window × 2^(n-1), never beyond the end of the day's count.
    private async Task StartWaitAsync(string clientKey, string email, TimeSpan dayLeft, CancellationToken cancellationToken)
    {
        var waits = await counters.HitAsync(Key(clientKey, "attempts-waits", email), Day, cancellationToken);
        var wait = TimeSpan.FromTicks(Math.Min(Window.Ticks * (1L << (int)Math.Min(waits.Count - 1, 20)), Math.Max(dayLeft.Ticks, Window.Ticks)));
        await counters.HitAsync(Key(clientKey, "attempts-wait", email), wait, cancellationToken);
    }

    private static RateDecision? Refused(WindowCount state, int limit) => state.Count > limit ? RateDecision.Wait(state.ResetsIn) : null;

    // Hashed: counter keys (Redis key listings, memory dumps) hold neither e-mail addresses nor IP addresses.
    private static string Key(string clientKey, string kind, string subject) =>
        $"checkout:{clientKey}:customers:{kind}:{Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(subject)))[..32]}";
}
