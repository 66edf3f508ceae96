using System.Security.Cryptography;

namespace Checkout.Web.Shell.Embedding;

/// <summary>
/// The per-response script nonce: promised by the security-headers middleware, drawn the first time the page or the
/// policy asks for it. A page served from the output cache asks for none, so it costs no random bytes.
/// </summary>
public static class CspNonce
{
    internal const string HttpContextItem = "Checkout.CspNonce";

    private static readonly object Promised = new();

    internal static void Promise(HttpContext context) => context.Items[HttpContextItem] = Promised;

    /// <summary>The nonce of this response, or null when the middleware did not run (e.g. a bUnit render).</summary>
    public static string? Of(HttpContext? context) => context?.Items[HttpContextItem] switch
    {
        string nonce => nonce,
        { } promised when ReferenceEquals(promised, Promised) => Draw(context),
        _ => null,
    };

    private static string Draw(HttpContext context)
    {
        // 128 bits from the OS generator: a nonce must not be guessable, or it is as weak as 'unsafe-inline'.
        // Base64url: CSP accepts it, and unlike '+' or '/' nothing in it is encoded when rendered into an attribute.
        var nonce = Microsoft.AspNetCore.WebUtilities.WebEncoders.Base64UrlEncode(RandomNumberGenerator.GetBytes(16));
        context.Items[HttpContextItem] = nonce;
        return nonce;
    }
}
