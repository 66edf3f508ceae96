using System.Globalization;
using StackExchange.Redis;

namespace Checkout.Web.Shell.Security;

/// <summary>
/// <see cref="ISharedCounters"/> in Redis, for several instances: each change is one Lua script, which Redis runs
/// atomically. Windows expire by Redis's own clock; shares carry their end (from this instance's clock, which NTP keeps
/// in step with the others) and are dropped by the next change after it, the whole pool by Redis when its last share ends.
/// </summary>
public sealed class RedisSharedCounters(IConnectionMultiplexer redis, TimeProvider time) : ISharedCounters
{
    private const string Prefix = "checkout:counters:";

    private const string HitScript = """
        local count = redis.call('INCR', KEYS[1])
        local ttl = redis.call('PTTL', KEYS[1])
        if ttl < 0 then
          redis.call('PEXPIRE', KEYS[1], ARGV[1])
          ttl = tonumber(ARGV[1])
        end
        return {count, ttl}
        """;

    // A share is "amount:until" (Unix milliseconds) under its holder in the pool's hash.
    private const string ShareScript = """
        local now = tonumber(ARGV[5])
        local amount = tonumber(ARGV[2])
        local mine, others, last = 0, 0, 0
        local entries = redis.call('HGETALL', KEYS[1])
        for i = 1, #entries, 2 do
          local value = entries[i + 1]
          local sep = string.find(value, ':', 1, true)
          local n = tonumber(string.sub(value, 1, sep - 1))
          local u = tonumber(string.sub(value, sep + 1))
          if u <= now then
            redis.call('HDEL', KEYS[1], entries[i])
          elseif entries[i] == ARGV[1] then
            mine = n
          else
            others = others + n
            if u > last then last = u end
          end
        end
        if amount > mine and others + amount > tonumber(ARGV[4]) then
          return {0, others + mine}
        end
        if amount > 0 and tonumber(ARGV[3]) > now then
          redis.call('HSET', KEYS[1], ARGV[1], ARGV[2] .. ':' .. ARGV[3])
          if tonumber(ARGV[3]) > last then last = tonumber(ARGV[3]) end
        else
          redis.call('HDEL', KEYS[1], ARGV[1])
          amount = 0
        end
        if last > now then
          redis.call('PEXPIRE', KEYS[1], last - now)
        end
        return {1, others + amount}
        """;

    public async Task<WindowCount> HitAsync(string key, TimeSpan window, CancellationToken cancellationToken)
    {
        var result = (RedisResult[])(await redis.GetDatabase().ScriptEvaluateAsync(
            HitScript, [Prefix + key], [(long)Math.Ceiling(window.TotalMilliseconds)]))!;
        return new WindowCount((long)result[0], TimeSpan.FromMilliseconds((long)result[1]));
    }

    public async Task<PoolShare> TrySetShareAsync(
        string key, string holder, int amount, DateTimeOffset until, int limit, CancellationToken cancellationToken)
    {
        RedisValue[] arguments =
        [
            holder,
            Math.Max(0, amount),
            until.ToUnixTimeMilliseconds().ToString(CultureInfo.InvariantCulture),
            limit,
            time.GetUtcNow().ToUnixTimeMilliseconds(),
        ];
        var result = (RedisResult[])(await redis.GetDatabase().ScriptEvaluateAsync(ShareScript, [Prefix + key], arguments))!;
        return new PoolShare((long)result[0] == 1, (int)(long)result[1]);
    }
}
