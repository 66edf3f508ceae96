using System.Text.Json;
using Checkout.Web.Shell.Visitors;
using Microsoft.Extensions.Caching.Distributed;

namespace Checkout.Web.Features.Customers;

/// <summary>Token identities waiting for the visitor's "continue as …?", per client and visitor, briefly.</summary>
public sealed class PendingIdentityStore(IDistributedCache cache)
{
    /// <summary>As long as the token itself could have lived: the question is about that link, not a later visit.</summary>
    public static readonly TimeSpan Lifetime = IdentityTokens.MaxLifetime;

    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    public async Task<PendingIdentity?> GetAsync(ShopVisitor visitor, CancellationToken cancellationToken)
    {
        var bytes = await cache.GetAsync(Key(visitor), cancellationToken);
        return bytes is null ? null : JsonSerializer.Deserialize<PendingIdentity>(bytes, Json);
    }

    public Task SaveAsync(ShopVisitor visitor, PendingIdentity pending, CancellationToken cancellationToken) =>
        cache.SetAsync(Key(visitor), JsonSerializer.SerializeToUtf8Bytes(pending, Json),
            new DistributedCacheEntryOptions { AbsoluteExpirationRelativeToNow = Lifetime }, cancellationToken);

    public Task RemoveAsync(ShopVisitor visitor, CancellationToken cancellationToken) =>
        cache.RemoveAsync(Key(visitor), cancellationToken);

    private static string Key(ShopVisitor visitor) => $"checkout:{visitor.ClientKey}:visitor:{visitor.Id}:pending-identity";
}
