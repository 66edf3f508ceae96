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
    /// served by this app and those clients talk to it over HTTP, with the Peppered keys of <see cref="SandboxKeys"/>.
    /// </summary>
    public static WebApplicationBuilder AddCheckoutVoordeMensen(this WebApplicationBuilder builder)
    {
        var configuration = builder.Configuration;
        if (ClientKeys.From(configuration).Any(key => UsesEmbeddedSandbox(configuration, key)))
        {
            EnsureNoMixInProduction(configuration, builder.Environment);
            configuration.AddInMemoryCollection(SandboxKeys.Fill(configuration));
            builder.Services.AddSingleton<IVoordeMensenEndpointResolver, EmbeddedSandboxEndpointResolver>();
            builder.Services.AddVoordeMensenSandbox(configuration);
        }

        builder.Services.AddVoordeMensen(configuration);
        return builder;
    }

    /// <summary>
    /// The sandbox (API, payment simulator, test controls unless switched off), the demo venue page and, where allowed,
    /// the development mailbox: only while the clients run on the embedded sandbox. In Production that means every
    /// client (<see cref="EnsureNoMixInProduction"/>), so none of these is ever served next to a client on a real VdM.
    /// </summary>
    public static IEndpointRouteBuilder MapCheckoutSandbox(this IEndpointRouteBuilder endpoints, IConfiguration configuration)
    {
        if (ClientKeys.From(configuration).Any(key => UsesEmbeddedSandbox(configuration, key)))
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
    internal static bool UsesEmbeddedSandbox(IConfiguration configuration, string clientKey) => string.IsNullOrWhiteSpace(
        configuration[$"{ClientKeys.SettingPath(clientKey, "VoordeMensen")}:BaseUrl"] ?? configuration["VoordeMensen:BaseUrl"]);

    /// <summary>
    /// A Production host is a venue's shop on real VdM accounts or, for a demo, a shop on the embedded sandbox, never
    /// both: a demo client left beside real ones would serve the sandbox, its mailbox and the demo venue page on the
    /// venue's domain. Start-up stops naming the base URL to set.
    /// </summary>
    private static void EnsureNoMixInProduction(IConfiguration configuration, IHostEnvironment environment)
    {
        var keys = ClientKeys.From(configuration);
        var real = keys.FirstOrDefault(key => !UsesEmbeddedSandbox(configuration, key));
        if (!environment.IsProduction() || real is null)
        {
            return;
        }

        var sandbox = keys.First(key => UsesEmbeddedSandbox(configuration, key));
        throw new InvalidOperationException(
            $"{ClientKeys.SettingPath(sandbox, "VoordeMensen")}:BaseUrl is empty (the embedded sandbox) while client '{real}' uses a real VdM " +
            $"({ClientKeys.SettingPath(real, "VoordeMensen")}:BaseUrl). In Production every client runs on a real VdM (or, for a demo, " +
            "every client on the sandbox): set the base URL, or remove the client.");
    }
}
