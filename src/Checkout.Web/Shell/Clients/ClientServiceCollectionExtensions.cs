using Checkout.Web.Shell.Branding;
using Microsoft.Extensions.Options;

namespace Checkout.Web.Shell.Clients;

internal static class ClientServiceCollectionExtensions
{
    /// <summary>Binds and validates every white-label client's web settings at start-up.</summary>
    public static IServiceCollection AddCheckoutClients(this IServiceCollection services, IConfiguration configuration)
    {
        // Strict hosts unless configured otherwise, except on a developer's machine.
        services.AddOptions<HostingSettings>().BindConfiguration(HostingSettings.Section)
            .PostConfigure<IWebHostEnvironment>((s, environment) => s.StrictHosts ??= !environment.IsDevelopment())
            .ValidateOnStart();
        services.AddSingleton<IValidateOptions<ClientSettings>, ClientSettingsValidator>();

        foreach (var key in ClientKeys.From(configuration))
        {
            var options = services.AddOptions<ClientSettings>(key);
            if (key == ClientKeys.Default)
            {
                options.Configure(s =>
                {
                    configuration.GetSection("Brand").Bind(s.Brand);
                    configuration.GetSection("Shop").Bind(s.Shop);
                    configuration.GetSection("Embedding").Bind(s.Embedding);
                    s.DefaultCulture = configuration[$"{HostingSettings.Section}:DefaultCulture"] ?? s.DefaultCulture;
                });
            }
            else
            {
                options.Bind(configuration.GetSection($"{ClientKeys.ClientsSection}:{key}"));
            }

            options.ValidateOnStart();
        }

        services.AddSingleton<ClientRegistry>();
        services.AddHttpContextAccessor();
        services.AddScoped<CurrentClient>();
        services.AddSingleton<BrandThemes>();
        return services;
    }
}
