using Microsoft.AspNetCore.StaticFiles;

namespace Checkout.Web.Shell.Embedding;

/// <summary>
/// Response headers of <c>/embed.js</c>, the loader venues include from their own pages: any site may load it
/// (CORS <c>*</c> and CORP <c>cross-origin</c>, so it also works with <c>crossorigin</c>/SRI or under COEP; it carries
/// no credentials or data), cached briefly because its address has no fingerprint and venues should get fixes soon.
/// </summary>
public static class EmbedScript
{
    public const string FileName = "embed.js";

    public static void PrepareResponse(StaticFileResponseContext context)
    {
        if (!string.Equals(context.File.Name, FileName, StringComparison.Ordinal)
            || !context.Context.Request.Path.Value!.EndsWith("/" + FileName, StringComparison.Ordinal))
        {
            return;
        }

        var headers = context.Context.Response.Headers;
        headers.AccessControlAllowOrigin = "*";
        headers["Cross-Origin-Resource-Policy"] = "cross-origin";
        headers.CacheControl = "public, max-age=3600";
    }
}
