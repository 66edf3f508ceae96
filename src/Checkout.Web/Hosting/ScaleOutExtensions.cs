using Checkout.Web.Shell.Security;
using Checkout.Web.Shell.Visitors;
using Microsoft.AspNetCore.DataProtection;
using StackExchange.Redis;

namespace Checkout.Web.Hosting;

internal static class ScaleOutExtensions
{
    public const string RedisSetting = "Redis:Configuration";

    /// <summary>
    /// One instance keeps everything in its own memory. With <c>Redis:Configuration</c> set, instances share what a
    /// visitor may bring from one to another: the data-protection keys (visitor cookie, antiforgery tokens, circuit
    /// parameters) and the distributed cache (cart sessions, order attempts, e-mail codes, HybridCache's second
    /// level), the output cache of the pages every visitor sees alike, the visitor lock and the abuse counters (form
    /// posts are not sticky, so two instances may serve one
    /// visitor at once), through one Redis connection (<see cref="IConnectionMultiplexer"/>). Circuits themselves stay
    /// on one instance: the load balancer must keep a visitor's connection sticky.
    /// </summary>
    public static IServiceCollection AddCheckoutScaleOut(this IServiceCollection services, IConfiguration configuration)
    {
        // A fixed name, so every instance (whatever its content root) reads the others' protected payloads.
        var dataProtection = services.AddDataProtection().SetApplicationName("Checkout");
        if (configuration[RedisSetting] is not { Length: > 0 } redis)
        {
            return services;
        }

        var options = ConfigurationOptions.Parse(redis);
        // Keep trying in the background rather than refusing to start while Redis restarts.
        options.AbortOnConnectFail = false;
        var connection = new RedisConnection(options);
        services.AddSingleton(connection);
        // One connection for everything: the cache, the keys, and features' shared counters (e.g. identified checkout's).
        services.AddSingleton(_ => connection.Multiplexer);
        services.AddStackExchangeRedisCache(o =>
        {
            o.ConnectionMultiplexerFactory = () => Task.FromResult(connection.Multiplexer);
            o.InstanceName = "checkout:";
        });
        // Cached pages (Shell/Caching) too: every instance serves the same copy and one eviction reaches all.
        services.AddStackExchangeRedisOutputCache(o =>
        {
            o.ConnectionMultiplexerFactory = () => Task.FromResult(connection.Multiplexer);
            o.InstanceName = "checkout:pages:";
        });
        dataProtection.PersistKeysToStackExchangeRedis(() => connection.Multiplexer.GetDatabase(), "checkout:data-protection-keys");
        services.AddSingleton<IVisitorLock, RedisVisitorLock>();
        services.AddSingleton<ISharedCounters, RedisSharedCounters>();
        return services;
    }
}
