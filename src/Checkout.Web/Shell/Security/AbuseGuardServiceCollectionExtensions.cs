using Microsoft.Extensions.DependencyInjection.Extensions;

namespace Checkout.Web.Shell.Security;

internal static class AbuseGuardServiceCollectionExtensions
{
    /// <summary>
    /// The rate limits against abuse and the counters they keep: in memory unless shared ones (Redis) were registered
    /// before. Their options are bound and validated by <see cref="SecurityHostingExtensions.AddCheckoutSecurity"/>;
    /// without it (tests) the defaults apply.
    /// </summary>
    public static IServiceCollection AddCheckoutAbuseGuard(this IServiceCollection services)
    {
        services.AddOptions<AbuseLimits>();
        services.TryAddSingleton<ISharedCounters, MemorySharedCounters>();
        services.TryAddSingleton<AbuseGuard>();
        return services;
    }
}
