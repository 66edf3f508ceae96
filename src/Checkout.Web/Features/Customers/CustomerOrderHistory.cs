using Checkout.VoordeMensen.Carts;
using Checkout.Web.Shell.Clients;
using Microsoft.Extensions.Caching.Hybrid;

namespace Checkout.Web.Features.Customers;

/// <summary>
/// A verified customer's orders at the current client, for any page that shows them (the checkout's earlier orders,
/// a "my tickets" page). Downloaded once and kept per client and Peppered customer id (never per anything two
/// customers share) in HybridCache, whose second level is the distributed cache: every render within
/// <see cref="Lifetime"/> reads the copy. A new verification and a placed order drop it, so the customer who comes
/// back sees the order they just placed; another instance's local copy lives at most <see cref="LocalLifetime"/>.
/// </summary>
public sealed class CustomerOrderHistory(CustomerRecords records, HybridCache cache, CurrentClient client)
{
    public static readonly TimeSpan Lifetime = TimeSpan.FromMinutes(5);

    public static readonly TimeSpan LocalLifetime = TimeSpan.FromMinutes(1);

    private static readonly HybridCacheEntryOptions Entry = new() { Expiration = Lifetime, LocalCacheExpiration = LocalLifetime };

    /// <summary>Only the verified customer's own orders, newest first; empty when VdM does not know the address; or why VdM could not list them.</summary>
    public Task<VdmResult<IReadOnlyList<CustomerOrder>>> OfAsync(VerifiedIdentity verified, CancellationToken cancellationToken)
    {
        if (verified.CustomerId is not { } customerId)
        {
            return Task.FromResult(VdmResults.Ok<IReadOnlyList<CustomerOrder>>([]));
        }

        // A VdM failure throws out of the factory, so it is never cached: the next render asks again.
        return VdmResults.ReadAsync(async () => await cache.GetOrCreateAsync(
            Key(client.Key, customerId),
            async ct => await records.DownloadOrdersOfAsync(customerId, ct),
            Entry,
            cancellationToken: cancellationToken));
    }

    /// <summary>The next <see cref="OfAsync"/> downloads again (after a verification, or an order placed by this customer).</summary>
    public async Task ForgetAsync(VerifiedIdentity verified, CancellationToken cancellationToken)
    {
        if (verified.CustomerId is { } customerId)
        {
            await cache.RemoveAsync(Key(client.Key, customerId), cancellationToken);
        }
    }

    private static string Key(string clientKey, int customerId) => $"customers:{clientKey}:{customerId}:orders";
}
