using System.Text.Json;
using Microsoft.Extensions.Caching.Distributed;

namespace Checkout.Web.Features.Customers;

/// <summary>Verified identities per client and visitor, server-side only, for a limited time.</summary>
public sealed class VerifiedIdentityStore(IDistributedCache cache)
{
    /// <summary>How long a verification lasts; a shared computer should not stay identified for days.</summary>
    public static readonly TimeSpan Lifetime = TimeSpan.FromHours(2);

    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    public async Task<VerifiedIdentity?> GetAsync(string clientKey, string visitorId, CancellationToken cancellationToken)
    {
        var bytes = await cache.GetAsync(Key(clientKey, visitorId), cancellationToken);
        return bytes is null ? null : JsonSerializer.Deserialize<VerifiedIdentity>(bytes, Json);
    }

    public Task SaveAsync(string clientKey, string visitorId, VerifiedIdentity identity, CancellationToken cancellationToken) =>
        cache.SetAsync(Key(clientKey, visitorId), JsonSerializer.SerializeToUtf8Bytes(identity, Json),
            new DistributedCacheEntryOptions { AbsoluteExpirationRelativeToNow = Lifetime }, cancellationToken);

    public Task RemoveAsync(string clientKey, string visitorId, CancellationToken cancellationToken) =>
        cache.RemoveAsync(Key(clientKey, visitorId), cancellationToken);

    private static string Key(string clientKey, string visitorId) => $"checkout:{clientKey}:visitor:{visitorId}:identity";
}
