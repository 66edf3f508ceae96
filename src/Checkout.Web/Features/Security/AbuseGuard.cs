using System.Threading.RateLimiting;
using Microsoft.Extensions.Options;

namespace Checkout.Web.Features.Security;

/// <summary>
/// Service-layer limits for actions that reach VdM from a Blazor circuit (events there are not HTTP requests, so the
/// ASP.NET Core rate limiter never sees them): creating a cart and placing an order, per visitor and per address.
/// </summary>
public sealed class AbuseGuard : IDisposable
{
    private readonly PartitionedRateLimiter<string> cartCreates;
    private readonly PartitionedRateLimiter<string> orders;

    public AbuseGuard(IOptions<AbuseLimits> options)
    {
        var limits = options.Value;
        var window = TimeSpan.FromSeconds(limits.WindowSeconds);
        cartCreates = Limiter(limits.CartCreatesPerVisitor, limits.CartCreatesPerAddress, window);
        orders = Limiter(limits.OrdersPerVisitor, limits.OrdersPerAddress, window);
    }

    /// <summary>False when the visitor or their address created too many carts in the current window.</summary>
    public bool TryCreateCart(string clientKey, string visitorId, string? address) =>
        TryAcquire(cartCreates, clientKey, visitorId, address);

    /// <summary>False when the visitor or their address placed too many orders in the current window.</summary>
    public bool TryPlaceOrder(string clientKey, string visitorId, string? address) =>
        TryAcquire(orders, clientKey, visitorId, address);

    public void Dispose()
    {
        cartCreates.Dispose();
        orders.Dispose();
    }

    private static bool TryAcquire(PartitionedRateLimiter<string> limiter, string clientKey, string visitorId, string? address)
    {
        using var visitorLease = limiter.AttemptAcquire($"v:{clientKey}:{visitorId}");
        if (!visitorLease.IsAcquired)
        {
            return false;
        }

        using var addressLease = limiter.AttemptAcquire($"a:{address ?? "unknown"}");
        return addressLease.IsAcquired;
    }

    private static PartitionedRateLimiter<string> Limiter(int perVisitor, int perAddress, TimeSpan window) =>
        PartitionedRateLimiter.Create<string, string>(key => RateLimitPartition.GetFixedWindowLimiter(
            key,
            k => new FixedWindowRateLimiterOptions
            {
                PermitLimit = k.StartsWith("v:", StringComparison.Ordinal) ? perVisitor : perAddress,
                Window = window,
                QueueLimit = 0,
                AutoReplenishment = true,
            }));
}
