using System.Globalization;
using System.Security.Cryptography;
using System.Text.Json;
using System.Text;
using Checkout.Web.Shell.Security;
using Checkout.Web.Shell.Visitors;
using Microsoft.Extensions.Caching.Distributed;

namespace Checkout.Web.Features.Customers;

/// <summary>
/// One-time e-mail codes per client, visitor and address in the distributed cache: only a salted HMAC of the code is
/// stored, next to its expiry and a random id. The code belongs to the visitor who asked for it (another visitor, also
/// one with the same address, never finds it), a new code replaces that visitor's previous one, and its attempts and
/// its one use are counted in <see cref="ISharedCounters"/>, atomically across instances.
/// </summary>
public sealed class OneTimeCodeStore(IDistributedCache cache, ISharedCounters counters, TimeProvider time)
{
    public static readonly TimeSpan Lifetime = TimeSpan.FromMinutes(10);
    public const int MaxAttempts = 5;
    public const int Digits = 6;

    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    /// <summary>Creates, stores and returns a fresh code (the only moment it exists in plain text).</summary>
    public async Task<string> IssueAsync(ShopVisitor visitor, string email, CancellationToken cancellationToken)
    {
        var code = RandomNumberGenerator.GetInt32(0, 1_000_000).ToString("D6", CultureInfo.InvariantCulture);
        var salt = RandomNumberGenerator.GetBytes(16);
        var entry = new Entry(Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(16)), salt, Hash(salt, code), time.GetUtcNow() + Lifetime);
        await cache.SetAsync(Key(visitor, email), JsonSerializer.SerializeToUtf8Bytes(entry, Json),
            new DistributedCacheEntryOptions { AbsoluteExpirationRelativeToNow = Lifetime }, cancellationToken);
        return code;
    }

    public async Task<CodeCheck> CheckAsync(ShopVisitor visitor, string email, string code, CancellationToken cancellationToken)
    {
        var key = Key(visitor, email);
        var bytes = await cache.GetAsync(key, cancellationToken);
        if (bytes is null || JsonSerializer.Deserialize<Entry>(bytes, Json) is not { } entry || entry.ExpiresAt <= time.GetUtcNow())
        {
            return CodeCheck.Expired;
        }

        // Counted before comparing: two instances checking at once both count, so no guess slips past the fifth.
        var attempts = await counters.HitAsync($"{key}:{entry.Id}:attempts", Lifetime, cancellationToken);
        if (attempts.Count > MaxAttempts)
        {
            return CodeCheck.TooManyAttempts;
        }

        if (!CryptographicOperations.FixedTimeEquals(Hash(entry.Salt, (code ?? "").Trim()), entry.Hash))
        {
            return attempts.Count >= MaxAttempts ? CodeCheck.TooManyAttempts : CodeCheck.Wrong;
        }

        // One use only, also when two tabs confirm the same code at the same moment.
        var uses = await counters.HitAsync($"{key}:{entry.Id}:used", Lifetime, cancellationToken);
        await cache.RemoveAsync(key, cancellationToken);
        return uses.Count == 1 ? CodeCheck.Valid : CodeCheck.Expired;
    }

    private static byte[] Hash(byte[] salt, string code) => HMACSHA256.HashData(salt, Encoding.UTF8.GetBytes(code));

    // The address is hashed in the key so cache dumps and Redis key listings do not reveal who asked for a code.
    private static string Key(ShopVisitor visitor, string email) =>
        VisitorRecords.Key(visitor, $"otp:{Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(email)))}");

    private sealed record Entry(string Id, byte[] Salt, byte[] Hash, DateTimeOffset ExpiresAt);
}
