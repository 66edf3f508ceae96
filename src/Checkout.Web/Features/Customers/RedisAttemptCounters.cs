using StackExchange.Redis;

namespace Checkout.Web.Features.Customers;

/// <summary>
/// <see cref="IAttemptCounters"/> in Redis, shared by every instance: INCR and the window's expiry run as one Lua
/// script, so two instances counting the same key at the same moment both count and neither resets the window.
/// </summary>
public sealed class RedisAttemptCounters(IConnectionMultiplexer redis) : IAttemptCounters
{
    // A key left without expiry (written by anything else) gets the window rather than living forever.
    private const string Increment = """
        local count = redis.call('INCR', KEYS[1])
        local left = redis.call('PTTL', KEYS[1])
        if left < 0 then
          redis.call('PEXPIRE', KEYS[1], ARGV[1])
          left = tonumber(ARGV[1])
        end
        return { count, left }
        """;

    private const string Peek = """
        local count = redis.call('GET', KEYS[1])
        if not count then return { 0, 0 } end
        return { tonumber(count), redis.call('PTTL', KEYS[1]) }
        """;

    public async Task<CounterState> IncrementAsync(string key, TimeSpan window, CancellationToken cancellationToken) =>
        State(await redis.GetDatabase().ScriptEvaluateAsync(Increment, [(RedisKey)key], [(long)Math.Max(1, window.TotalMilliseconds)]));

    public async Task<CounterState> PeekAsync(string key, CancellationToken cancellationToken) =>
        State(await redis.GetDatabase().ScriptEvaluateAsync(Peek, [(RedisKey)key]));

    private static CounterState State(RedisResult result)
    {
        var values = (RedisResult[])result!;
        var (count, left) = ((long)values[0], (long)values[1]);
        return count == 0 ? CounterState.None : new CounterState(count, TimeSpan.FromMilliseconds(Math.Max(0, left)));
    }
}
