using System.Text.Json;
using Checkout.Web.Shell.Visitors;
using Microsoft.Extensions.Caching.Distributed;

namespace Checkout.Web.Features.Customers;

/// <summary>Verified identities per client and visitor, server-side only, for a limited time.</summary>
public sealed class VerifiedIdentityStore(IDistributedCache cache)
{
    /// <summary>How long a verification lasts; a shared computer should not stay identified for days.</summary>
    public static readonly TimeSpan Lifetime = TimeSpan.FromHours(2);

    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    public async Task<VerifiedIdentity?> GetAsync(ShopVisitor visitor, CancellationToken cancellationToken)
    {
        var bytes = await cache.GetAsync(Key(visitor), cancellationToken);
        return bytes is null ? null : JsonSerializer.Deserialize<VerifiedIdentity>(bytes, Json);
    }

    public Task SaveAsync(ShopVisitor visitor, VerifiedIdentity identity, CancellationToken cancellationToken) =>
        cache.SetAsync(Key(visitor), JsonSerializer.SerializeToUtf8Bytes(identity, Json),
            new DistributedCacheEntryOptions { AbsoluteExpirationRelativeToNow = Lifetime }, cancellationToken);

    public Task RemoveAsync(ShopVisitor visitor, CancellationToken cancellationToken) =>
        cache.RemoveAsync(Key(visitor), cancellationToken);

    private static string Key(ShopVisitor visitor) => $"checkout:{visitor.ClientKey}:visitor:{visitor.Id}:identity";
}
