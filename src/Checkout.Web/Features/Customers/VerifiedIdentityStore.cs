using Checkout.Web.Shell.Visitors;
using Microsoft.Extensions.Caching.Distributed;

namespace Checkout.Web.Features.Customers;

/// <summary>Verified identities per client and visitor, server-side only, for a limited time.</summary>
public sealed class VerifiedIdentityStore(IDistributedCache cache)
{
    /// <summary>How long a verification lasts; a shared computer should not stay identified for days.</summary>
    public static readonly TimeSpan Lifetime = TimeSpan.FromHours(2);

    private const string Name = "identity";

    public Task<VerifiedIdentity?> GetAsync(ShopVisitor visitor, CancellationToken cancellationToken) =>
        cache.GetVisitorRecordAsync<VerifiedIdentity>(visitor, Name, cancellationToken);

    public Task SaveAsync(ShopVisitor visitor, VerifiedIdentity identity, CancellationToken cancellationToken) =>
        cache.SetVisitorRecordAsync(visitor, Name, identity, new DistributedCacheEntryOptions { AbsoluteExpirationRelativeToNow = Lifetime }, cancellationToken);

    public Task RemoveAsync(ShopVisitor visitor, CancellationToken cancellationToken) => cache.RemoveVisitorRecordAsync(visitor, Name, cancellationToken);
}
