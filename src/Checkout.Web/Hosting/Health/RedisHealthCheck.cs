using Microsoft.Extensions.Diagnostics.HealthChecks;
using StackExchange.Redis;

namespace Checkout.Web.Hosting.Health;

/// <summary>Redis answers a PING (registered only when <c>Redis:Configuration</c> is set): without it carts and keys are not shared.</summary>
internal sealed class RedisHealthCheck(RedisConnection redis) : IHealthCheck
{
    private static readonly TimeSpan Timeout = TimeSpan.FromSeconds(5);

    public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        try
        {
            var latency = await redis.Multiplexer.GetDatabase().PingAsync().WaitAsync(Timeout, cancellationToken);
            return HealthCheckResult.Healthy($"Redis {redis.Endpoints} answers (PING {latency.TotalMilliseconds:0} ms).");
        }
        catch (Exception e) when (e is RedisException or TimeoutException)
        {
            return HealthCheckResult.Unhealthy(
                $"Redis {redis.Endpoints} does not answer ({e.GetType().Name}): check {ScaleOutExtensions.RedisSetting} and that Redis runs.");
        }
    }
}
