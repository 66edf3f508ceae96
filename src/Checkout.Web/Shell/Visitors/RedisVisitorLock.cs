using System.Diagnostics;
using System.Security.Cryptography;
using Checkout.VoordeMensen.Configuration;
using Microsoft.Extensions.Options;
using StackExchange.Redis;

namespace Checkout.Web.Shell.Visitors;

/// <summary>
/// The visitor lock of several instances, in Redis: form posts are not sticky behind the load balancer, so two instances
/// could otherwise change one visitor's cart at the same time. Taken with SET NX PX and a random token, and released
/// only by whoever holds that token (compare-and-delete). The lease outlasts VdM's total timeout and is extended while
/// the change runs, so a slow VdM never lets a second change in, while the lock of a crashed instance lapses after one
/// lease. A visitor waits at most two leases for their other tab, then the change fails rather than hangs.
/// </summary>
public sealed partial class RedisVisitorLock(
    IConnectionMultiplexer redis, IOptionsMonitor<VoordeMensenOptions> vdm, ILogger<RedisVisitorLock> logger) : IVisitorLock
{
    private const string ReleaseScript = "if redis.call('GET', KEYS[1]) == ARGV[1] then return redis.call('DEL', KEYS[1]) end return 0";
    private const string ExtendScript = "if redis.call('GET', KEYS[1]) == ARGV[1] then return redis.call('PEXPIRE', KEYS[1], ARGV[2]) end return 0";

    private static readonly TimeSpan FirstPoll = TimeSpan.FromMilliseconds(10);
    private static readonly TimeSpan LongestPoll = TimeSpan.FromMilliseconds(200);

    public async ValueTask<IAsyncDisposable> AcquireAsync(ShopVisitor visitor, CancellationToken cancellationToken)
    {
        var lease = TimeSpan.FromSeconds(vdm.Get(visitor.ClientKey).TotalTimeoutSeconds + 10);
        var key = (RedisKey)$"checkout:{visitor.ClientKey}:visitor:{visitor.Id}:lock";
        var token = (RedisValue)Convert.ToHexString(RandomNumberGenerator.GetBytes(16));
        var database = redis.GetDatabase();
        var waiting = Stopwatch.StartNew();
        var poll = FirstPoll;
        while (!await database.StringSetAsync(key, token, lease, When.NotExists))
        {
            if (waiting.Elapsed > lease * 2)
            {
                throw new TimeoutException($"{visitor}: another change of this visitor held the lock for over {lease * 2}.");
            }

            await Task.Delay(poll, cancellationToken);
            poll = poll * 2 < LongestPoll ? poll * 2 : LongestPoll;
        }

        return new Held(this, database, key, token, lease);
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "A visitor lock could not be {Action} in Redis; it lapses by itself after its lease")]
    private partial void LogLockTrouble(string action, Exception exception);

    private sealed class Held : IAsyncDisposable
    {
        private readonly RedisVisitorLock owner;
        private readonly IDatabase database;
        private readonly RedisKey key;
        private readonly RedisValue token;
        private readonly long leaseMilliseconds;
        private readonly ITimer extender;
        private int released;

        public Held(RedisVisitorLock owner, IDatabase database, RedisKey key, RedisValue token, TimeSpan lease)
        {
            (this.owner, this.database, this.key, this.token) = (owner, database, key, token);
            leaseMilliseconds = (long)lease.TotalMilliseconds;
            extender = TimeProvider.System.CreateTimer(_ => _ = ExtendAsync(), null, lease / 3, lease / 3);
        }

        public async ValueTask DisposeAsync()
        {
            if (Interlocked.Exchange(ref released, 1) != 0)
            {
                return;
            }

            await extender.DisposeAsync();
            try
            {
                await database.ScriptEvaluateAsync(ReleaseScript, [key], [token]);
            }
            catch (RedisException e)
            {
                owner.LogLockTrouble("released", e);
            }
        }

        private async Task ExtendAsync()
        {
            try
            {
                await database.ScriptEvaluateAsync(ExtendScript, [key], [token, leaseMilliseconds]);
            }
            catch (RedisException e)
            {
                owner.LogLockTrouble("extended", e);
            }
        }
    }
}
