using Checkout.Web.Shell.Security;
using StackExchange.Redis;

namespace Checkout.IntegrationTests.ScaleOut;

/// <summary>
/// The two <see cref="ISharedCounters"/> behave alike: memory for one instance, Redis for several. Each change is atomic,
/// so parallel requests (on any instance) never pass a limit together.
/// </summary>
public sealed class SharedCountersTests(RedisServer redis) : IClassFixture<RedisServer>, IDisposable
{
    private readonly Lazy<ConnectionMultiplexer> connection = new(() => ConnectionMultiplexer.Connect(redis.Configuration));

    public static TheoryData<string> Kinds => ["memory", "redis"];

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Theory]
    [MemberData(nameof(Kinds))]
    public async Task A_window_counts_its_hits_and_starts_again_when_it_ends(string kind)
    {
        var counters = Counters(kind);
        var key = $"window:{Guid.NewGuid():N}";

        var first = await counters.HitAsync(key, TimeSpan.FromMilliseconds(400), Ct);
        var second = await counters.HitAsync(key, TimeSpan.FromMilliseconds(400), Ct);
        await Task.Delay(TimeSpan.FromMilliseconds(600), Ct);
        var later = await counters.HitAsync(key, TimeSpan.FromMilliseconds(400), Ct);

        Assert.Equal([1, 2, 1], new[] { first.Count, second.Count, later.Count });
        Assert.InRange(second.ResetsIn, TimeSpan.FromMilliseconds(1), TimeSpan.FromMilliseconds(400));
    }

    [Theory]
    [MemberData(nameof(Kinds))]
    public async Task Shares_of_a_pool_stay_within_the_limit_and_never_refuse_to_shrink(string kind)
    {
        var counters = Counters(kind);
        var pool = $"pool:{Guid.NewGuid():N}";
        var until = DateTimeOffset.UtcNow.AddMinutes(15);

        Assert.True((await counters.TrySetShareAsync(pool, "a", 6, until, 8, Ct)).Accepted);
        var refused = await counters.TrySetShareAsync(pool, "b", 4, until, 8, Ct);
        Assert.True((await counters.TrySetShareAsync(pool, "b", 2, until, 8, Ct)).Accepted);
        Assert.True((await counters.TrySetShareAsync(pool, "a", 6, until.AddMinutes(5), 1, Ct)).Accepted);
        var afterRelease = await counters.TrySetShareAsync(pool, "a", 0, until, 8, Ct);

        Assert.Equal(new PoolShare(false, 6), refused);
        Assert.Equal(new PoolShare(true, 2), afterRelease);
        Assert.True((await counters.TrySetShareAsync(pool, "c", 6, until, 8, Ct)).Accepted);
    }

    [Theory]
    [MemberData(nameof(Kinds))]
    public async Task A_share_ends_by_itself_at_its_end(string kind)
    {
        var counters = Counters(kind);
        var pool = $"pool:{Guid.NewGuid():N}";

        Assert.True((await counters.TrySetShareAsync(pool, "crashed", 8, DateTimeOffset.UtcNow.AddMilliseconds(300), 8, Ct)).Accepted);
        Assert.False((await counters.TrySetShareAsync(pool, "next", 1, DateTimeOffset.UtcNow.AddMinutes(15), 8, Ct)).Accepted);
        await Task.Delay(TimeSpan.FromMilliseconds(500), Ct);

        Assert.Equal(new PoolShare(true, 8), await counters.TrySetShareAsync(pool, "next", 8, DateTimeOffset.UtcNow.AddMinutes(15), 8, Ct));
    }

    // The race a read-then-write would lose: 50 visitors of one address reserve a seat at the same moment.
    [Theory]
    [MemberData(nameof(Kinds))]
    public async Task Parallel_reservations_never_pass_the_limit_together(string kind)
    {
        var counters = Counters(kind);
        var pool = $"pool:{Guid.NewGuid():N}";
        var until = DateTimeOffset.UtcNow.AddMinutes(15);

        var results = await Task.WhenAll(Enumerable.Range(0, 50).Select(i => Task.Run(() => counters.TrySetShareAsync(pool, $"visitor-{i}", 1, until, 10, Ct), Ct)));

        Assert.Equal(10, results.Count(r => r.Accepted));
    }

    public void Dispose()
    {
        if (connection.IsValueCreated)
        {
            connection.Value.Dispose();
        }
    }

    private ISharedCounters Counters(string kind) =>
        kind == "redis" ? new RedisSharedCounters(connection.Value, TimeProvider.System) : new MemorySharedCounters(TimeProvider.System);
}
