using Checkout.Sandbox.Data;
using Checkout.Sandbox.Faults;
using Checkout.Sandbox.Hosting;
using Checkout.Sandbox.Inventory;
using Checkout.Sandbox.Payments;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;

namespace Checkout.Sandbox;

public static class SandboxServiceCollectionExtensions
{
    /// <summary>
    /// Registers the in-memory VdM sandbox, configured from the "Sandbox" section. It reads the
    /// registered <see cref="TimeProvider"/> (the system clock unless a test registers a fake one). Antiforgery protects
    /// the payment simulator's posts (a host that registered it already keeps its own settings).
    /// </summary>
    public static IServiceCollection AddVoordeMensenSandbox(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<SandboxOptions>()
            .Bind(configuration.GetSection(SandboxOptions.SectionName))
            .ValidateOnStart();
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IValidateOptions<SandboxOptions>, SandboxOptionsValidator>());
        services.TryAddSingleton(TimeProvider.System);
        services.AddAntiforgery();
        services.TryAddSingleton(sp => Inventions.From(sp.GetRequiredService<IOptions<SandboxOptions>>().Value));
        services.TryAddSingleton<SandboxStore>();
        services.TryAddSingleton<SandboxRequestStats>();
        services.TryAddSingleton<FaultRegistry>();
        services.TryAddSingleton<CartLedger>();
        services.TryAddSingleton<OrderDesk>();
        return services;
    }
}
