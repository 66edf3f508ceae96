using System.Text.Json;
using Microsoft.Extensions.Caching.Distributed;

namespace Checkout.Web.Features.Orders;

/// <summary>
/// Order attempts by client and VdM order key, in the distributed cache. The key is VdM's own unguessable order key,
/// which the status page already requires; the record holds no personal data. An attempt that cannot be read as the
/// current <see cref="OrderAttempt.Version"/> counts as unknown: the status page then offers to choose again.
/// </summary>
public sealed class OrderAttemptStore(IDistributedCache cache, ILogger<OrderAttemptStore> logger)
{
    private static readonly DistributedCacheEntryOptions Lifetime = new() { AbsoluteExpirationRelativeToNow = TimeSpan.FromDays(14) };
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    public Task SaveAsync(string clientKey, string orderKey, OrderAttempt attempt, CancellationToken cancellationToken) =>
        cache.SetAsync(Key(clientKey, orderKey), JsonSerializer.SerializeToUtf8Bytes(attempt with { Version = OrderAttempt.CurrentVersion }, Json), Lifetime, cancellationToken);

    public async Task<OrderAttempt?> GetAsync(string clientKey, string orderKey, CancellationToken cancellationToken)
    {
        var bytes = await cache.GetAsync(Key(clientKey, orderKey), cancellationToken);
        if (bytes is null)
        {
            return null;
        }

        try
        {
            if (JsonSerializer.Deserialize<OrderAttempt>(bytes, Json) is { Version: OrderAttempt.CurrentVersion } attempt)
            {
                return attempt;
            }
        }
        catch (JsonException)
        {
            // Unknown, like an attempt of another version.
        }

        logger.LogInformation("A stored order attempt of another format was read as unknown");
        return null;
    }

    private static string Key(string clientKey, string orderKey) => $"checkout:{clientKey}:order:{orderKey}";
}
