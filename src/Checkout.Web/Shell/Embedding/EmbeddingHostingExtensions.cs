using Checkout.Web.Shell.Visitors;
using Microsoft.AspNetCore.Antiforgery;

namespace Checkout.Web.Shell.Embedding;

internal static class EmbeddingHostingExtensions
{
    /// <summary>
    /// The antiforgery cookie follows the shop's cookie rules, so in a venue's iframe it is partitioned like the visitor
    /// cookie (docs/embedding.md).
    /// </summary>
    public static IServiceCollection AddCheckoutEmbedding(this IServiceCollection services)
    {
        services.AddOptions<AntiforgeryOptions>().PostConfigure<IHttpContextAccessor>(AntiforgeryCookieBuilder.Apply);
        return services;
    }

    /// <summary>
    /// CSP (with the client's frame-ancestors), nosniff and Referrer-Policy on every response. Registered first so
    /// even the strict-host 404 and error pages carry them.
    /// </summary>
    public static IApplicationBuilder UseCheckoutSecurityHeaders(this IApplicationBuilder app) =>
        app.UseMiddleware<SecurityHeadersMiddleware>();
}
