using System.Security.Cryptography;
using System.Text;
using Checkout.VoordeMensen;
using Checkout.Web.Shell.Security;
using Microsoft.Extensions.Options;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;

namespace Checkout.Web.Features.Customers;

/// <summary>
/// A venue site's signed statement "this visitor is logged in as e-mail X": a JWT (RFC 7519) signed with HS256 and
/// the client's identity secret, validated by Microsoft's JsonWebTokens library. Required: <c>aud</c> = the client's
/// VdM client name, <c>exp</c> at most <see cref="MaxLifetime"/> ahead, an <c>email</c> claim holding one bare
/// address and a <c>jti</c> that is accepted once (remembered in <see cref="ISharedCounters"/> until the token expires,
/// on every instance). Standard libraries on the venue's side make one (docs/identified-checkout.md).
/// </summary>
public sealed class IdentityTokens(
    IOptionsMonitor<IdentityOptions> options,
    IVoordeMensenClients vdm,
    ISharedCounters counters,
    TimeProvider time,
    ILogger<IdentityTokens> logger)
{
    /// <summary>The query parameter on pages (e.g. /checkout, /cart) that carries a token.</summary>
    public const string QueryParameter = "identity";

    /// <summary>Tokens valid further ahead than this are refused: a leaked link must not be a lasting login.</summary>
    public static readonly TimeSpan MaxLifetime = TimeSpan.FromMinutes(10);

    /// <summary>How far the venue's clock may run ahead of or behind ours.</summary>
    public static readonly TimeSpan ClockSkew = TimeSpan.FromSeconds(30);

    // A few claims fit in far less; a bigger "token" is not one of ours and is not parsed.
    private static readonly JsonWebTokenHandler Handler = new() { MaximumTokenSizeInBytes = 4096 };

    /// <summary>
    /// The address the token vouches for, the first time it is shown; null when the client takes no tokens or the
    /// token is malformed, not HS256 with the client's secret, for another audience, expired, valid too far ahead,
    /// without a bare e-mail address or a jti, or was seen before.
    /// </summary>
    public async Task<string?> RedeemAsync(string clientKey, string? token, CancellationToken cancellationToken)
    {
        if (options.Get(clientKey).Secret is not { Length: > 0 } secret || string.IsNullOrWhiteSpace(token))
        {
            return null;
        }

        var now = time.GetUtcNow();
        var result = await Handler.ValidateTokenAsync(token, Parameters(secret, vdm.For(clientKey).ClientName, now));
        if (!result.IsValid || result.SecurityToken is not JsonWebToken jwt)
        {
            logger.LogInformation("An identity token was refused: {Reason}", result.Exception?.GetType().Name ?? "invalid");
            return null;
        }

        if (!jwt.TryGetPayloadValue<string>("email", out var claimed) || StrictEmailAddress.Parse(claimed) is not { } email
            || string.IsNullOrWhiteSpace(jwt.Id))
        {
            logger.LogInformation("An identity token was refused: {Reason}", "claims");
            return null;
        }

        var remember = Utc(jwt.ValidTo) - now + ClockSkew;
        if ((await counters.HitAsync(JtiKey(clientKey, jwt.Id), remember, cancellationToken)).Count > 1)
        {
            logger.LogInformation("An identity token was refused: {Reason}", "replayed");
            return null;
        }

        return email;
    }

    private static TokenValidationParameters Parameters(string secret, string audience, DateTimeOffset now) => new()
    {
        ValidAlgorithms = [SecurityAlgorithms.HmacSha256],
        IssuerSigningKey = new SymmetricSecurityKey(Encoding.UTF8.GetBytes(secret)),
        ValidateIssuerSigningKey = true,
        RequireSignedTokens = true,
        ValidateIssuer = false,
        ValidAudience = audience,
        ValidateAudience = true,
        RequireAudience = true,
        RequireExpirationTime = true,
        // Our clock (tests move it), and the bound on how far ahead a token may run out.
        LifetimeValidator = (notBefore, expires, _, _) => Lifetime(notBefore, expires, now),
    };

    private static bool Lifetime(DateTime? notBefore, DateTime? expires, DateTimeOffset now) =>
        expires is { } exp
        && Utc(exp) > now - ClockSkew && Utc(exp) <= now + MaxLifetime + ClockSkew
        && (notBefore is not { } nbf || Utc(nbf) <= now + ClockSkew);

    private static DateTimeOffset Utc(DateTime value) => new(DateTime.SpecifyKind(value, DateTimeKind.Utc));

    private static string JtiKey(string clientKey, string jti) =>
        $"checkout:{clientKey}:customers:jti:{Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(jti)))}";
}
