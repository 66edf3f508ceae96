using Checkout.VoordeMensen.Configuration;
using Checkout.Web.Shell.Visitors;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using StackExchange.Redis;

namespace Checkout.IntegrationTests.ScaleOut;

/// <summary>
/// The visitor lock of several instances: two instances (each its own connection to Redis) take one visitor's lock in
/// turn, other visitors do not wait, and a lock is only ever released by whoever holds it.
/// </summary>
public sealed class RedisVisitorLockTests(RedisServer redis) : IClassFixture<RedisServer>, IDisposable
{
    private readonly List<ConnectionMultiplexer> connections = [];
    private readonly ServiceProvider options = new ServiceCollection().AddOptions().BuildServiceProvider();

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Two_instances_take_one_visitors_lock_in_turn()
    {
        var (first, second) = (Instance(), Instance());
        var visitor = new ShopVisitor("default", $"v-{Guid.NewGuid():N}", null);

        var held = await first.AcquireAsync(visitor, Ct);
        var waiting = second.AcquireAsync(visitor, Ct).AsTask();
        var stranger = await second.AcquireAsync(visitor with { Id = "someone-else" }, Ct);
        await Task.Delay(TimeSpan.FromMilliseconds(300), Ct);

        Assert.False(waiting.IsCompleted);
        await held.DisposeAsync();
        await using var next = await waiting.WaitAsync(TimeSpan.FromSeconds(5), Ct);
        await stranger.DisposeAsync();
    }

    [Fact]
    public async Task A_lock_that_lapsed_and_was_taken_by_another_is_not_released_by_its_old_holder()
    {
        var (first, second) = (Instance(), Instance());
        var visitor = new ShopVisitor("default", $"v-{Guid.NewGuid():N}", null);
        var key = $"checkout:default:visitor:{visitor.Id}:lock";

        var old = await first.AcquireAsync(visitor, Ct);
        await connections[0].GetDatabase().KeyDeleteAsync(key);
        await using var current = await second.AcquireAsync(visitor, Ct);
        await old.DisposeAsync();

        Assert.True(await connections[0].GetDatabase().KeyExistsAsync(key));
    }

    public void Dispose()
    {
        connections.ForEach(c => c.Dispose());
        options.Dispose();
    }

    private RedisVisitorLock Instance()
    {
        var connection = ConnectionMultiplexer.Connect(redis.Configuration);
        connections.Add(connection);
        return new RedisVisitorLock(connection, options.GetRequiredService<IOptionsMonitor<VoordeMensenOptions>>(), NullLogger<RedisVisitorLock>.Instance);
    }
}
