using Checkout.Web.Shell.Embedding.Analytics;
using Checkout.Web.Shell.Embedding.Counter;
using Checkout.Web.Shell.Embedding.InAppBrowsers;
using Checkout.Web.Shell.Embedding.VenueContext;
using Checkout.Web.Shell.Visitors;
using Microsoft.AspNetCore.Antiforgery;

namespace Checkout.Web.Shell.Embedding;

internal static class EmbeddingHostingExtensions
{
    /// <summary>
    /// The antiforgery cookie follows the shop's cookie rules, so in a venue's iframe it is partitioned like the visitor
    /// cookie; what the venue page passes in and hears (details, campaign, analytics events, the basket counter) and the
    /// in-app browser links (docs/embedding.md).
    /// </summary>
    public static IServiceCollection AddCheckoutEmbedding(this IServiceCollection services)
    {
        services.AddOptions<AntiforgeryOptions>().PostConfigure<IHttpContextAccessor>(AntiforgeryCookieBuilder.Apply);
        services.AddSingleton<VenueVisitStore>();
        services.AddScoped<VenueVisits>();
        services.AddScoped<VenuePrefillCheck>();
        services.AddScoped<VenueEvents>();
        services.AddScoped<VenueDeliveries>();
        services.AddSingleton<HandoffLimits>();
        services.AddScoped<CartHandoffs>();
        return services;
    }

    /// <summary>
    /// CSP (with the client's frame-ancestors), nosniff and Referrer-Policy on every response. Registered first so
    /// even the strict-host 404 and error pages carry them.
    /// </summary>
    public static IApplicationBuilder UseCheckoutSecurityHeaders(this IApplicationBuilder app) =>
        app.UseMiddleware<SecurityHeadersMiddleware>();

    /// <summary>After the visitor is known: takes the venue page's details and campaign off the frame's first address.</summary>
    public static IApplicationBuilder UseCheckoutVenueContext(this IApplicationBuilder app) =>
        app.UseMiddleware<VenueContextMiddleware>();

    /// <summary>The basket counter frame embed.js loads on venue pages, and the target of its <c>vdm_order(id, …)</c>.</summary>
    public static IEndpointRouteBuilder MapCheckoutEmbedding(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapGet(BasketCounterEndpoint.Path, BasketCounterEndpoint.RespondAsync).ExcludeFromDescription();
        endpoints.MapGet(VdmOrderEndpoint.Pattern, VdmOrderEndpoint.RespondAsync).ExcludeFromDescription();
        return endpoints;
    }
}
