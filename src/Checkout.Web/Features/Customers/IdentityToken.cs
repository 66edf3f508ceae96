using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using Microsoft.AspNetCore.WebUtilities;

namespace Checkout.Web.Features.Customers;

/// <summary>
/// A venue site's statement "this visitor is logged in as e-mail X until T": <c>base64url(email).expiry.hex(hmac)</c>
/// with HMAC-SHA256 over <c>email + "\n" + expiry</c> (expiry in Unix seconds) and the client's identity secret.
/// Hex and the newline keep the venue side a one-liner in PHP and Node (see docs/identified-checkout.md).
/// </summary>
public static class IdentityToken
{
    /// <summary>The query parameter on /checkout and /cart that carries a token.</summary>
    public const string QueryParameter = "identity";

    /// <summary>Tokens valid further ahead than this are refused: a leaked link must not be a lasting login.</summary>
    public static readonly TimeSpan MaxLifetime = TimeSpan.FromHours(24);

    public static string Create(string email, DateTimeOffset expires, string secret)
    {
        var expiry = expires.ToUnixTimeSeconds().ToString(CultureInfo.InvariantCulture);
        return $"{WebEncoders.Base64UrlEncode(Encoding.UTF8.GetBytes(email))}.{expiry}.{Sign(email, expiry, secret)}";
    }

    /// <summary>The e-mail the token vouches for, or null when it is malformed, tampered, expired or too long-lived.</summary>
    public static string? Validate(string? token, string secret, DateTimeOffset now)
    {
        var parts = token?.Split('.');
        if (parts is not { Length: 3 } || !long.TryParse(parts[1], NumberStyles.None, CultureInfo.InvariantCulture, out var unix))
        {
            return null;
        }

        string email;
        try
        {
            email = Encoding.UTF8.GetString(WebEncoders.Base64UrlDecode(parts[0]));
        }
        catch (FormatException)
        {
            return null;
        }

        var expected = Encoding.ASCII.GetBytes(Sign(email, parts[1], secret));
        var given = Encoding.ASCII.GetBytes(parts[2].ToLowerInvariant());
        if (!CryptographicOperations.FixedTimeEquals(expected, given))
        {
            return null;
        }

        var expires = DateTimeOffset.FromUnixTimeSeconds(Math.Clamp(unix, 0, 253402300799));
        return expires > now && expires - now <= MaxLifetime ? email : null;
    }

    private static string Sign(string email, string expiry, string secret) =>
        Convert.ToHexStringLower(HMACSHA256.HashData(Encoding.UTF8.GetBytes(secret), Encoding.UTF8.GetBytes($"{email}\n{expiry}")));
}
