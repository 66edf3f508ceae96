using System.Text.Json;
using Microsoft.Extensions.Caching.Distributed;

namespace Checkout.Web.Shell.Visitors;

/// <summary>
/// What the shop keeps per client and visitor (cart session, identities, venue visit) lives in the distributed cache
/// (memory on one instance, Redis when scaled out) as JSON under <c>checkout:{client}:visitor:{id}:{name}</c>, never in
/// the browser. A record that cannot be read (another format after an upgrade, a damaged entry) reads as none: nothing
/// kept there may stop a visitor.
/// </summary>
public static class VisitorRecords
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    public static string Key(ShopVisitor visitor, string name) => $"checkout:{visitor.ClientKey}:visitor:{visitor.Id}:{name}";

    public static async Task<T?> GetVisitorRecordAsync<T>(this IDistributedCache cache, ShopVisitor visitor, string name, CancellationToken cancellationToken)
        where T : class
    {
        var bytes = await cache.GetAsync(Key(visitor, name), cancellationToken);
        try
        {
            return bytes is null ? null : JsonSerializer.Deserialize<T>(bytes, Json);
        }
        catch (JsonException)
        {
            return null;
        }
    }

    public static Task SetVisitorRecordAsync<T>(
        this IDistributedCache cache, ShopVisitor visitor, string name, T record, DistributedCacheEntryOptions lifetime, CancellationToken cancellationToken) =>
        cache.SetAsync(Key(visitor, name), JsonSerializer.SerializeToUtf8Bytes(record, Json), lifetime, cancellationToken);

    public static Task RemoveVisitorRecordAsync(this IDistributedCache cache, ShopVisitor visitor, string name, CancellationToken cancellationToken) =>
        cache.RemoveAsync(Key(visitor, name), cancellationToken);
}
