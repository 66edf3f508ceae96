using System.Security.Cryptography;

namespace Checkout.Web.Shell.Embedding;

/// <summary>The per-response script nonce: issued by the security-headers middleware, rendered on the import map.</summary>
public static class CspNonce
{
    internal const string HttpContextItem = "Checkout.CspNonce";

    internal static string Issue(HttpContext context)
    {
        // 128 bits from the OS generator: a nonce must not be guessable, or it is as weak as 'unsafe-inline'.
        // Base64url: CSP accepts it, and unlike '+' or '/' nothing in it is encoded when rendered into an attribute.
        var nonce = Microsoft.AspNetCore.WebUtilities.WebEncoders.Base64UrlEncode(RandomNumberGenerator.GetBytes(16));
        context.Items[HttpContextItem] = nonce;
        return nonce;
    }

    /// <summary>The nonce of this response, or null when the middleware did not run (e.g. a bUnit render).</summary>
    public static string? Of(HttpContext? context) => context?.Items[HttpContextItem] as string;
}
