using Checkout.Web.Shell.Visitors;
using Microsoft.Extensions.Options;

namespace Checkout.Web.Shell.Security;

/// <summary>
/// Service-layer limits for actions that reach VdM from a Blazor circuit (events there are not HTTP requests, so the
/// ASP.NET Core rate limiter never sees them): creating a cart and placing an order, per visitor and per address.
/// </summary>
public sealed class AbuseGuard : IDisposable
{
    private readonly ActionRateLimit cartCreates;
    private readonly ActionRateLimit orders;

    public AbuseGuard(IOptions<AbuseLimits> options)
    {
        var limits = options.Value;
        var window = TimeSpan.FromSeconds(limits.WindowSeconds);
        cartCreates = new ActionRateLimit(limits.CartCreatesPerVisitor, limits.CartCreatesPerAddress, window);
        orders = new ActionRateLimit(limits.OrdersPerVisitor, limits.OrdersPerAddress, window);
    }

    /// <summary>False when the visitor or their address created too many carts in the current window.</summary>
    public bool TryCreateCart(ShopVisitor visitor) =>
        cartCreates.TryAcquire($"{visitor.ClientKey}:{visitor.Id}", visitor.Address);

    /// <summary>False when the visitor or their address placed too many orders in the current window.</summary>
    public bool TryPlaceOrder(ShopVisitor visitor) =>
        orders.TryAcquire($"{visitor.ClientKey}:{visitor.Id}", visitor.Address);

    public void Dispose()
    {
        cartCreates.Dispose();
        orders.Dispose();
    }
}
