using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using Microsoft.AspNetCore.WebUtilities;

namespace Checkout.Tests.Shared;

/// <summary>
/// Identity tokens as a venue's site makes them: a JWT in compact form, HMAC-SHA256 over "header.payload" with the
/// client's identity secret, written out by hand the way firebase/php-jwt and jose do (docs/identified-checkout.md).
/// Header and payload are taken as given, so tests can also make the tokens an attacker would.
/// </summary>
public static class VenueToken
{
    /// <summary>A valid token's claims: the client's audience, an e-mail address, a fresh jti and an expiry.</summary>
    public static Dictionary<string, object?> Claims(string audience, string email, DateTimeOffset expires) => new()
    {
        ["aud"] = audience,
        ["email"] = email,
        ["exp"] = expires.ToUnixTimeSeconds(),
        ["jti"] = Guid.NewGuid().ToString("N"),
    };

    public static string Create(string secret, string audience, string email, DateTimeOffset expires) =>
        Sign(secret, Claims(audience, email, expires));

    /// <summary>Signs <paramref name="claims"/> with HS256 unless <paramref name="header"/> says otherwise.</summary>
    public static string Sign(string secret, IReadOnlyDictionary<string, object?> claims, string header = """{"typ":"JWT","alg":"HS256"}""")
    {
        var unsigned = $"{Part(header)}.{Part(JsonSerializer.Serialize(claims))}";
        return $"{unsigned}.{WebEncoders.Base64UrlEncode(HMACSHA256.HashData(Encoding.UTF8.GetBytes(secret), Encoding.ASCII.GetBytes(unsigned)))}";
    }

    /// <summary>An unsigned token ("alg":"none"), as an attacker without the secret would send it.</summary>
    public static string Unsigned(IReadOnlyDictionary<string, object?> claims) =>
        $"{Part("""{"typ":"JWT","alg":"none"}""")}.{Part(JsonSerializer.Serialize(claims))}.";

    private static string Part(string json) => WebEncoders.Base64UrlEncode(Encoding.UTF8.GetBytes(json));
}
