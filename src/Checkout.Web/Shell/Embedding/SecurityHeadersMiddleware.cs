using Checkout.Web.Shell.Caching;
using Checkout.Web.Shell.Clients;

namespace Checkout.Web.Shell.Embedding;

/// <summary>
/// Adds the security headers to every response. They are written when the response starts, because only then is the
/// client known for sure (path prefix or host) and because the exception handler clears headers set earlier.
/// The embedded sandbox's own pages (its payment simulator has an inline stylesheet) send their own policy, as VdM's
/// payment provider they stand in for does.
/// </summary>
internal sealed class SecurityHeadersMiddleware(RequestDelegate next, ClientRegistry registry)
{
    private static readonly PathString SandboxPath = "/sandbox";

    public Task InvokeAsync(HttpContext context)
    {
        var isSandbox = context.Request.Path.StartsWithSegments(SandboxPath);
        // The demo venue pages set their own policy: they stand in for a venue's site, which loads embed.js from the shop.
        var isDemoVenue = context.Request.Path.StartsWithSegments(DemoVenuePage.Path, StringComparison.OrdinalIgnoreCase);
        CspNonce.Promise(context);
        context.Response.OnStarting(() =>
        {
            var headers = context.Response.Headers;
            headers.XContentTypeOptions = "nosniff";
            headers["Referrer-Policy"] = "strict-origin-when-cross-origin";
            if (!isSandbox && !isDemoVenue)
            {
                // Decided when the response starts: only then is the endpoint known (and a cache hit has one too).
                headers.ContentSecurityPolicy = CachedPages.Applies(context)
                    ? ContentSecurityPolicy.ForCachedPage(ImportMapHash.Of(context), FrameAncestors(context))
                    : ContentSecurityPolicy.For(CspNonce.Of(context)!, FrameAncestors(context));
            }

            return Task.CompletedTask;
        });
        return next(context);
    }

    private IReadOnlyCollection<string> FrameAncestors(HttpContext context) =>
        context.Items[CurrentClient.HttpContextItem] is string key
            ? registry.Get(key).Embedding.Origins()
            : [];
}
