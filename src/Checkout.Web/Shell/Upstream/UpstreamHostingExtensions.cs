using Checkout.Sandbox;
using Checkout.VoordeMensen;
using Checkout.VoordeMensen.Configuration;
using Checkout.Web.Shell.Clients;
using Checkout.Web.Shell.Embedding;

namespace Checkout.Web.Shell.Upstream;

internal static class UpstreamHostingExtensions
{
    /// <summary>
    /// The VdM clients of every white-label client; when any of them has no base URL, the embedded sandbox is
    /// served by this app and those clients talk to it over HTTP.
    /// </summary>
    public static IServiceCollection AddCheckoutVoordeMensen(this IServiceCollection services, IConfiguration configuration)
    {
        if (UsesEmbeddedSandbox(configuration))
        {
            services.AddSingleton<IVoordeMensenEndpointResolver, EmbeddedSandboxEndpointResolver>();
            services.AddVoordeMensenSandbox(configuration);
        }

        services.AddVoordeMensen(configuration);
        return services;
    }

    public static IEndpointRouteBuilder MapCheckoutSandbox(this IEndpointRouteBuilder endpoints, IConfiguration configuration)
    {
        if (UsesEmbeddedSandbox(configuration))
        {
            var environment = endpoints.ServiceProvider.GetRequiredService<IHostEnvironment>();
            endpoints.MapVoordeMensenSandbox(EmbeddedSandboxEndpointResolver.PathPrefix, SandboxAdminEnabled(configuration, environment));
            // The demo venue page that embeds the shop: sandbox only, never next to a real VdM (docs/embedding.md).
            DemoVenuePage.MapDemoVenue(endpoints);
        }

        return endpoints;
    }

    /// <summary>
    /// The sandbox's reset, fault and stats endpoints let anyone break or wipe the demo shop, so a Production host does
    /// not map them unless <c>Sandbox:AdminEndpoints</c> is true; other environments map them unless it is false.
    /// Fault rules from configuration (<c>Sandbox:Faults</c>) work either way.
    /// </summary>
    internal static bool SandboxAdminEnabled(IConfiguration configuration, IHostEnvironment environment) =>
        configuration.GetValue<bool?>("Sandbox:AdminEndpoints") ?? !environment.IsProduction();

    /// <summary>Further clients inherit the default client's base URL, so an empty default means a sandbox client.</summary>
    internal static bool UsesEmbeddedSandbox(IConfiguration configuration) =>
        ClientKeys.From(configuration).Any(key => string.IsNullOrWhiteSpace(
            configuration[$"{ClientKeys.SettingPath(key, "VoordeMensen")}:BaseUrl"]
            ?? configuration["VoordeMensen:BaseUrl"]));
}
