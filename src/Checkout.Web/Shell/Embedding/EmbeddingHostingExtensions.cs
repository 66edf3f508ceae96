using Microsoft.AspNetCore.Antiforgery;

namespace Checkout.Web.Shell.Embedding;

internal static class EmbeddingHostingExtensions
{
    /// <summary>In a venue's iframe the antiforgery cookie is partitioned like the visitor cookie (docs/embedding.md).</summary>
    public static IServiceCollection AddCheckoutEmbedding(this IServiceCollection services) =>
        services.PostConfigure<AntiforgeryOptions>(FramedAwareCookieBuilder.Apply);

    /// <summary>
    /// CSP (with the client's frame-ancestors), nosniff and Referrer-Policy on every response. Registered first so
    /// even the strict-host 404 and error pages carry them.
    /// </summary>
    public static IApplicationBuilder UseCheckoutSecurityHeaders(this IApplicationBuilder app) =>
        app.UseMiddleware<SecurityHeadersMiddleware>();
}
