using Checkout.VoordeMensen.Clients;
using Checkout.VoordeMensen.Configuration;
using Checkout.VoordeMensen.Connectivity;
using Checkout.VoordeMensen.Halls;
using Checkout.VoordeMensen.Http;
using Checkout.VoordeMensen.Orders;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;

namespace Checkout.VoordeMensen;

public static class VoordeMensenServiceCollectionExtensions
{
    /// <summary>
    /// Registers <see cref="IVoordeMensenClients"/> for the default client (section "VoordeMensen")
    /// and every "Clients:{key}:VoordeMensen" section, <see cref="IVoordeMensenOrders"/> (payment status and order
    /// state by order key), <see cref="IVoordeMensenConnectivity"/> (read-only checks for readiness and operators),
    /// <see cref="IVoordeMensenHalls"/> (hall addresses) and <see cref="IVoordeMensenOrderDocuments"/> (ticket links).
    /// Client sections inherit BaseUrl, AuthStyle, TicketHostUrl, timeouts and the concurrency bound from the default;
    /// Client and ApiKey are never inherited. Options are validated at start-up.
    /// </summary>
    public static IServiceCollection AddVoordeMensen(this IServiceCollection services, IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        var registry = VoordeMensenClientRegistry.FromConfiguration(configuration);
        services.AddSingleton(registry);
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IValidateOptions<VoordeMensenOptions>, VoordeMensenOptionsValidator>());
        services.TryAddSingleton<IVoordeMensenEndpointResolver, OptionsEndpointResolver>();
        services.TryAddSingleton<VdmApiFactory>();
        services.TryAddSingleton<VdmConcurrency>();
        services.TryAddSingleton<IVoordeMensenClients, VoordeMensenClients>();
        services.TryAddSingleton(TimeProvider.System);
        services.TryAddSingleton<IVoordeMensenOrders, VoordeMensenOrders>();
        services.TryAddSingleton<IVoordeMensenConnectivity, VoordeMensenConnectivity>();
        services.TryAddSingleton<IVoordeMensenHalls, VoordeMensenHalls>();
        services.TryAddSingleton<IVoordeMensenOrderDocuments, VoordeMensenOrderDocuments>();

        var defaultSection = configuration.GetSection(VoordeMensenClientRegistry.SectionName);
        foreach (var clientKey in registry.Keys)
        {
            var options = services.AddOptions<VoordeMensenOptions>(clientKey);
            if (clientKey != VoordeMensenClientRegistry.DefaultKey)
            {
                options.Configure(o => InheritFromDefault(defaultSection, o));
            }

            options.Bind(configuration.GetSection(registry.ConfigPath(clientKey))).ValidateOnStart();
            VdmHttpClientRegistration.Add(services, clientKey);
        }

        return services;
    }

    private static void InheritFromDefault(IConfigurationSection defaultSection, VoordeMensenOptions target)
    {
        var defaults = defaultSection.Get<VoordeMensenOptions>() ?? new VoordeMensenOptions();
        target.BaseUrl = defaults.BaseUrl;
        target.AuthStyle = defaults.AuthStyle;
        target.TicketHostUrl = defaults.TicketHostUrl;
        target.AttemptTimeoutSeconds = defaults.AttemptTimeoutSeconds;
        target.TotalTimeoutSeconds = defaults.TotalTimeoutSeconds;
        target.MaxConcurrentCalls = defaults.MaxConcurrentCalls;
        target.ConcurrencyQueueSeconds = defaults.ConcurrencyQueueSeconds;
    }
}
