using System.Security.Cryptography;
using Checkout.Web.Features.Customers;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;

namespace Checkout.UnitTests.Customers;

/// <summary>Venue identity tokens (JWT, HS256) as <see cref="IdentityTokens"/> validates them for the default client ("demo").</summary>
public sealed class IdentityTokensTests : IDisposable
{
    private const string Secret = "documented-example-secret-0123456789abcdef";
    private const string Audience = "demo";

    // Made by the Node example of docs/identified-checkout.md (jose 6, SignJWT) with its clock at 1900000000 and
    // jti 3f2c8e1a-…: email " Visitor@Example.com " trimmed and lower-cased, aud "demo", iat, exp 300 s later.
    private const string NodeJoseExample =
        "eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.eyJlbWFpbCI6InZpc2l0b3JAZXhhbXBsZS5jb20iLCJhdWQiOiJkZW1vIiwiaWF0IjoxOTAwMDAwMDAwLCJleHAiOjE5MDAwMDAzMDAsImp0aSI6IjNmMmM4ZTFhLTViN2QtNGM5ZS04ZjEwLTJhNGI2YzhkMGUxZiJ9.FAaa4Lk7LyURU-N6nHc3ApbcGAkKK1iSM_u2FjcqSgo";

    private static readonly DateTimeOffset IssuedAt = DateTimeOffset.FromUnixTimeSeconds(1900000000);

    private readonly CustomerHarness harness = new(s => s["Identity:Secret"] = Secret);

    private static CancellationToken Cancel => TestContext.Current.CancellationToken;

    private IdentityTokens Tokens => harness.Services.GetRequiredService<IdentityTokens>();

    private DateTimeOffset Now => harness.Clock.GetUtcNow();

    public void Dispose() => harness.Dispose();

    [Fact]
    public async Task The_node_jose_example_is_accepted()
    {
        harness.Clock.SetUtcNow(IssuedAt.AddSeconds(5));

        Assert.Equal("visitor@example.com", await Tokens.RedeemAsync("default", NodeJoseExample, Cancel));
    }

    [Fact]
    public async Task The_php_firebase_example_is_accepted()
    {
        // firebase/php-jwt: JWT::encode($payload, $secret, 'HS256') writes {"typ":"JWT","alg":"HS256"} and the payload
        // as json_encode gives it, in the example's order.
        var payload = new Dictionary<string, object?>
        {
            ["aud"] = Audience, ["email"] = "visitor@example.com", ["iat"] = Now.ToUnixTimeSeconds(),
            ["exp"] = Now.AddMinutes(5).ToUnixTimeSeconds(), ["jti"] = Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(16)),
        };

        Assert.Equal("visitor@example.com", await Tokens.RedeemAsync("default", VenueToken.Sign(Secret, payload), Cancel));
    }

    // Each is an attack or a mistake the validator must refuse: nobody is identified.
    [Theory]
    [InlineData("wrong audience (a token for another venue)")]
    [InlineData("expired")]
    [InlineData("expiry more than 10 minutes ahead (a lasting login)")]
    [InlineData("no expiry")]
    [InlineData("alg none (no signature at all)")]
    [InlineData("alg RS256 in the header over an HMAC signature")]
    [InlineData("RS256 with the attacker's own key")]
    [InlineData("bad signature (another secret)")]
    [InlineData("tampered payload")]
    [InlineData("missing email")]
    [InlineData("an email with a display name")]
    [InlineData("missing jti")]
    [InlineData("not a token")]
    public async Task Refused(string attack)
    {
        var claims = VenueToken.Claims(Audience, "visitor@example.com", Now.AddMinutes(5));
        var token = attack switch
        {
            "wrong audience (a token for another venue)" => VenueToken.Sign(Secret, With(claims, "aud", "fringe")),
            "expired" => VenueToken.Sign(Secret, With(claims, "exp", Now.AddMinutes(-2).ToUnixTimeSeconds())),
            "expiry more than 10 minutes ahead (a lasting login)" => VenueToken.Sign(Secret, With(claims, "exp", Now.AddMinutes(15).ToUnixTimeSeconds())),
            "no expiry" => VenueToken.Sign(Secret, With(claims, "exp", null)),
            "alg none (no signature at all)" => VenueToken.Unsigned(claims),
            "alg RS256 in the header over an HMAC signature" => VenueToken.Sign(Secret, claims, """{"typ":"JWT","alg":"RS256"}"""),
            "RS256 with the attacker's own key" => Rs256(claims),
            "bad signature (another secret)" => VenueToken.Sign("another-secret-of-enough-length-0123456789", claims),
            "tampered payload" => Tampered(VenueToken.Sign(Secret, claims)),
            "missing email" => VenueToken.Sign(Secret, With(claims, "email", null)),
            "an email with a display name" => VenueToken.Sign(Secret, With(claims, "email", "Victim <visitor@example.com>")),
            "missing jti" => VenueToken.Sign(Secret, With(claims, "jti", null)),
            _ => "garbage",
        };

        Assert.Null(await Tokens.RedeemAsync("default", token, Cancel));
    }

    [Fact]
    public async Task A_token_works_once_its_jti_is_remembered_until_it_expires()
    {
        // Attack: replaying a link (from a shared computer's history, a forwarded mail) identifies its next holder.
        var token = VenueToken.Create(Secret, Audience, "visitor@example.com", Now.AddMinutes(5));

        Assert.Equal("visitor@example.com", await Tokens.RedeemAsync("default", token, Cancel));
        Assert.Null(await Tokens.RedeemAsync("default", token, Cancel));
        harness.Clock.Advance(TimeSpan.FromMinutes(4));
        Assert.Null(await Tokens.RedeemAsync("default", token, Cancel));
    }

    [Fact]
    public async Task Without_a_secret_no_token_is_accepted()
    {
        using var noSecret = new CustomerHarness(s => s["Identity:Secret"] = null);

        Assert.Null(await noSecret.Services.GetRequiredService<IdentityTokens>()
            .RedeemAsync("default", VenueToken.Create(Secret, Audience, "visitor@example.com", noSecret.Clock.GetUtcNow().AddMinutes(5)), Cancel));
    }

    private static Dictionary<string, object?> With(Dictionary<string, object?> claims, string name, object? value)
    {
        var changed = new Dictionary<string, object?>(claims);
        if (value is null)
        {
            changed.Remove(name);
        }
        else
        {
            changed[name] = value;
        }

        return changed;
    }

    private static string Tampered(string token)
    {
        var parts = token.Split('.');
        var payload = System.Text.Encoding.UTF8.GetString(Microsoft.AspNetCore.WebUtilities.WebEncoders.Base64UrlDecode(parts[1]))
            .Replace("visitor@example.com", "victim@example.com", StringComparison.Ordinal);
        return $"{parts[0]}.{Microsoft.AspNetCore.WebUtilities.WebEncoders.Base64UrlEncode(System.Text.Encoding.UTF8.GetBytes(payload))}.{parts[2]}";
    }

    private static string Rs256(Dictionary<string, object?> claims)
    {
        using var rsa = RSA.Create(2048);
        return new JsonWebTokenHandler { SetDefaultTimesOnTokenCreation = false }.CreateToken(new SecurityTokenDescriptor
        {
            Claims = claims.Where(c => c.Value is not null).ToDictionary(c => c.Key, c => c.Value!),
            SigningCredentials = new SigningCredentials(new RsaSecurityKey(rsa), SecurityAlgorithms.RsaSha256),
        });
    }
}
