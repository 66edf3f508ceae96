using Checkout.Web.Shell.Visitors;
using Microsoft.Extensions.Options;

namespace Checkout.Web.Shell.Security;

/// <summary>
/// The rate limits against abuse, counted in <see cref="ISharedCounters"/> so that every instance behind the load
/// balancer spends one budget: creating a cart and placing an order per visitor and per address (circuit events are not
/// HTTP requests, so the shop services ask here), page form posts and status page loads per address
/// (<see cref="AddressRateLimitMiddleware"/>). Addresses count by <see cref="AddressGroup"/> (IPv6 per /64).
/// </summary>
public sealed class AbuseGuard(ISharedCounters counters, IOptions<AbuseLimits> options)
{
    private AbuseLimits Limits => options.Value;

    private TimeSpan Window => TimeSpan.FromSeconds(Limits.WindowSeconds);

    /// <summary>False when the visitor or their address created too many carts in the current window.</summary>
    public Task<bool> TryCreateCartAsync(ShopVisitor visitor, CancellationToken cancellationToken) =>
        TryAsync("cart-create", visitor, Limits.CartCreatesPerVisitor, Limits.CartCreatesPerAddress, cancellationToken);

    /// <summary>False when the visitor or their address placed too many orders in the current window.</summary>
    public Task<bool> TryPlaceOrderAsync(ShopVisitor visitor, CancellationToken cancellationToken) =>
        TryAsync("order", visitor, Limits.OrdersPerVisitor, Limits.OrdersPerAddress, cancellationToken);

    /// <summary>A page form post (the add-to-cart form) from <paramref name="address"/>.</summary>
    public Task<LimitCheck> TryFormPostAsync(string? address, CancellationToken cancellationToken) =>
        PerAddressAsync("form-post", address, Limits.FormPostsPerAddress, cancellationToken);

    /// <summary>A look at an order's status (a status page load, or a key opened or checked again in a circuit).</summary>
    public Task<LimitCheck> TryStatusLookupAsync(string? address, CancellationToken cancellationToken) =>
        PerAddressAsync("status", address, Limits.StatusLookupsPerAddress, cancellationToken);

    private async Task<bool> TryAsync(string action, ShopVisitor visitor, int perVisitor, int perAddress, CancellationToken cancellationToken)
    {
        // Both budgets are charged on every attempt: shedding the cookie still spends the address's budget.
        var byVisitor = counters.HitAsync($"limit:{action}:{visitor.ClientKey}:visitor:{visitor.Id}", Window, cancellationToken);
        var byAddress = counters.HitAsync($"limit:{action}:address:{AddressGroup.Of(visitor.Address)}", Window, cancellationToken);
        var (visitorCount, addressCount) = (await byVisitor, await byAddress);
        return visitorCount.Count <= perVisitor && addressCount.Count <= perAddress;
    }

    private async Task<LimitCheck> PerAddressAsync(string action, string? address, int limit, CancellationToken cancellationToken)
    {
        var count = await counters.HitAsync($"limit:{action}:address:{AddressGroup.Of(address)}", Window, cancellationToken);
        return new LimitCheck(count.Count <= limit, count.ResetsIn);
    }
}
