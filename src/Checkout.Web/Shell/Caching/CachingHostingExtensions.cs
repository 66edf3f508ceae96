using Microsoft.AspNetCore.OutputCaching;

namespace Checkout.Web.Shell.Caching;

/// <summary>
/// Output caching of the pages every visitor sees alike (<see cref="CachedPageAttribute"/>). The store is the
/// framework's in-memory one; with Redis configured the scale-out registration replaces it by Redis, so every
/// instance serves and evicts the same entries.
/// </summary>
public static class CachingHostingExtensions
{
    public static IServiceCollection AddCheckoutPageCache(this IServiceCollection services)
    {
        services.AddOptions<PageCacheOptions>().BindConfiguration(PageCacheOptions.Section).ValidateDataAnnotations().ValidateOnStart();
        services.AddSingleton<CachedPagePolicy>();
        CachedPageAntiforgeryState.Register(services);
        services.AddOutputCache();
        // A base policy, so that the page attribute alone decides; every other request passes untouched.
        services.AddOptions<OutputCacheOptions>().Configure<CachedPagePolicy>((o, policy) => o.AddBasePolicy(policy));
        return services;
    }
}
