using Checkout.Sandbox;
using Checkout.VoordeMensen;
using Checkout.VoordeMensen.Configuration;
using Checkout.Web.Features.Clients;
using Checkout.Web.Features.Sandbox;

namespace Checkout.Web.Hosting;

internal static class VoordeMensenHostingExtensions
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
            endpoints.MapVoordeMensenSandbox(EmbeddedSandboxEndpointResolver.PathPrefix);
        }

        return endpoints;
    }

    /// <summary>Further clients inherit the default client's base URL, so an empty default means a sandbox client.</summary>
    internal static bool UsesEmbeddedSandbox(IConfiguration configuration) =>
        ClientKeys.From(configuration).Any(key => string.IsNullOrWhiteSpace(
            configuration[$"{ClientKeys.SettingPath(key, "VoordeMensen")}:BaseUrl"]
            ?? configuration["VoordeMensen:BaseUrl"]));
}
