using StackExchange.Redis;

namespace Checkout.Web.Hosting;

/// <summary>The one Redis connection of an instance (distributed cache, data-protection keys, readiness), made on first use.</summary>
internal sealed class RedisConnection(ConfigurationOptions options)
{
    private readonly Lazy<IConnectionMultiplexer> connection = new(() => ConnectionMultiplexer.Connect(options));

    /// <summary>The server the connection string names (host:port list), without the password.</summary>
    public string Endpoints => string.Join(", ", options.EndPoints.Select(e => e.ToString()));

    public IConnectionMultiplexer Multiplexer => connection.Value;
}
