using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using Microsoft.Extensions.Caching.Distributed;

namespace Checkout.Web.Features.Customers;

/// <summary>
/// One-time e-mail codes per client and e-mail address in the distributed cache: only a salted HMAC of the code is
/// stored, next to its expiry and the number of wrong attempts. A new code replaces the previous one.
/// </summary>
public sealed class OneTimeCodeStore(IDistributedCache cache, TimeProvider time)
{
    public static readonly TimeSpan Lifetime = TimeSpan.FromMinutes(10);
    public const int MaxAttempts = 5;
    public const int Digits = 6;

    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    // Read-modify-write of the attempt counter must not interleave for one address on this instance; striped so
    // memory does not grow with the number of addresses.
    private static readonly SemaphoreSlim[] Stripes = [.. Enumerable.Range(0, 64).Select(_ => new SemaphoreSlim(1, 1))];

    /// <summary>Creates, stores and returns a fresh code (the only moment it exists in plain text).</summary>
    public async Task<string> IssueAsync(string clientKey, string email, CancellationToken cancellationToken)
    {
        var code = RandomNumberGenerator.GetInt32(0, 1_000_000).ToString("D6", System.Globalization.CultureInfo.InvariantCulture);
        var salt = RandomNumberGenerator.GetBytes(16);
        var entry = new Entry(salt, Hash(salt, code), time.GetUtcNow() + Lifetime, 0);
        await SaveAsync(clientKey, email, entry, cancellationToken);
        return code;
    }

    public async Task<CodeCheck> CheckAsync(string clientKey, string email, string code, CancellationToken cancellationToken)
    {
        var key = Key(clientKey, email);
        var stripe = Stripes[(key.GetHashCode(StringComparison.Ordinal) & int.MaxValue) % Stripes.Length];
        await stripe.WaitAsync(cancellationToken);
        try
        {
            var bytes = await cache.GetAsync(key, cancellationToken);
            if (bytes is null || JsonSerializer.Deserialize<Entry>(bytes, Json) is not { } entry || entry.ExpiresAt <= time.GetUtcNow())
            {
                return CodeCheck.Expired;
            }

            if (entry.Attempts >= MaxAttempts)
            {
                return CodeCheck.TooManyAttempts;
            }

            var given = Hash(entry.Salt, (code ?? "").Trim());
            if (CryptographicOperations.FixedTimeEquals(given, entry.Hash))
            {
                // One use only.
                await cache.RemoveAsync(key, cancellationToken);
                return CodeCheck.Valid;
            }

            var attempts = entry.Attempts + 1;
            await SaveAsync(clientKey, email, entry with { Attempts = attempts }, cancellationToken);
            return attempts >= MaxAttempts ? CodeCheck.TooManyAttempts : CodeCheck.Wrong;
        }
        finally
        {
            stripe.Release();
        }
    }

    private Task SaveAsync(string clientKey, string email, Entry entry, CancellationToken cancellationToken) =>
        cache.SetAsync(Key(clientKey, email), JsonSerializer.SerializeToUtf8Bytes(entry, Json),
            new DistributedCacheEntryOptions { AbsoluteExpirationRelativeToNow = Lifetime }, cancellationToken);

    private static byte[] Hash(byte[] salt, string code) => HMACSHA256.HashData(salt, Encoding.UTF8.GetBytes(code));

    // The address is hashed in the key so cache dumps and Redis key listings do not reveal who asked for a code.
    private static string Key(string clientKey, string email) =>
        $"checkout:{clientKey}:otp:{Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(email)))}";

    private sealed record Entry(byte[] Salt, byte[] Hash, DateTimeOffset ExpiresAt, int Attempts);
}
