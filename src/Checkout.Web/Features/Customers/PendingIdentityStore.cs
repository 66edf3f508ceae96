using Checkout.Web.Shell.Visitors;
using Microsoft.Extensions.Caching.Distributed;

namespace Checkout.Web.Features.Customers;

/// <summary>Token identities waiting for the visitor's "continue as …?", per client and visitor, briefly.</summary>
public sealed class PendingIdentityStore(IDistributedCache cache)
{
    /// <summary>As long as the token itself could have lived: the question is about that link, not a later visit.</summary>
    public static readonly TimeSpan Lifetime = IdentityTokens.MaxLifetime;

    private const string Name = "pending-identity";

    public Task<PendingIdentity?> GetAsync(ShopVisitor visitor, CancellationToken cancellationToken) =>
        cache.GetVisitorRecordAsync<PendingIdentity>(visitor, Name, cancellationToken);

    public Task SaveAsync(ShopVisitor visitor, PendingIdentity pending, CancellationToken cancellationToken) =>
        cache.SetVisitorRecordAsync(visitor, Name, pending, new DistributedCacheEntryOptions { AbsoluteExpirationRelativeToNow = Lifetime }, cancellationToken);

    public Task RemoveAsync(ShopVisitor visitor, CancellationToken cancellationToken) => cache.RemoveVisitorRecordAsync(visitor, Name, cancellationToken);
}
