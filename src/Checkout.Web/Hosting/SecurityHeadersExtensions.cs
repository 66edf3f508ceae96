using Checkout.Web.Features.Embedding;

namespace Checkout.Web.Hosting;

internal static class SecurityHeadersExtensions
{
    /// <summary>
    /// CSP (with the client's frame-ancestors), nosniff and Referrer-Policy on every response. Registered first so
    /// even the strict-host 404 and error pages carry them.
    /// </summary>
    public static IApplicationBuilder UseCheckoutSecurityHeaders(this IApplicationBuilder app) =>
        app.UseMiddleware<SecurityHeadersMiddleware>();
}
