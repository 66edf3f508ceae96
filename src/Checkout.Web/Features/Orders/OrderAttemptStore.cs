using System.Text.Json;
using Microsoft.Extensions.Caching.Distributed;

namespace Checkout.Web.Features.Orders;

/// <summary>
/// Order attempts by client and VdM order key, in the distributed cache. The key is VdM's own unguessable order key,
/// which the status page already requires; the record holds no personal data.
/// </summary>
public sealed class OrderAttemptStore(IDistributedCache cache)
{
    private static readonly DistributedCacheEntryOptions Lifetime = new() { AbsoluteExpirationRelativeToNow = TimeSpan.FromDays(14) };
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    public Task SaveAsync(string clientKey, string orderKey, OrderAttempt attempt, CancellationToken cancellationToken) =>
        cache.SetAsync(Key(clientKey, orderKey), JsonSerializer.SerializeToUtf8Bytes(attempt, Json), Lifetime, cancellationToken);

    public async Task<OrderAttempt?> GetAsync(string clientKey, string orderKey, CancellationToken cancellationToken)
    {
        var bytes = await cache.GetAsync(Key(clientKey, orderKey), cancellationToken);
        return bytes is null ? null : JsonSerializer.Deserialize<OrderAttempt>(bytes, Json);
    }

    private static string Key(string clientKey, string orderKey) => $"checkout:{clientKey}:order:{orderKey}";
}
