using Microsoft.Extensions.DependencyInjection.Extensions;

namespace Checkout.Web.Shell.Security;

internal static class AbuseGuardServiceCollectionExtensions
{
    /// <summary>
    /// The service-layer limits on cart creation and order placement. Their options are bound and validated by
    /// <see cref="SecurityHostingExtensions.AddCheckoutSecurity"/>; without it (tests) the defaults apply.
    /// </summary>
    public static IServiceCollection AddCheckoutAbuseGuard(this IServiceCollection services)
    {
        services.AddOptions<AbuseLimits>();
        services.TryAddSingleton<AbuseGuard>();
        return services;
    }
}
