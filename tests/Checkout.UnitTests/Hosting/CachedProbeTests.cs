using Checkout.Web.Hosting.Health;
using Microsoft.Extensions.Time.Testing;

namespace Checkout.UnitTests.Hosting;

public sealed class CachedProbeTests
{
    private readonly FakeTimeProvider clock = new();
    private int checks;

    private Task<int> Check() => Task.FromResult(Interlocked.Increment(ref checks));

    [Fact]
    public async Task Probes_within_30_seconds_reuse_the_result_and_a_later_one_checks_again()
    {
        var probe = new CachedProbe<int>(clock);

        Assert.Equal(1, await probe.GetAsync("default", Check));
        clock.Advance(TimeSpan.FromSeconds(29));
        Assert.Equal(1, await probe.GetAsync("default", Check));
        clock.Advance(TimeSpan.FromSeconds(1));
        Assert.Equal(2, await probe.GetAsync("default", Check));
        Assert.Equal(3, await probe.GetAsync("fringe", Check));
    }

    [Fact]
    public async Task Probes_that_arrive_during_a_check_wait_for_that_check()
    {
        var probe = new CachedProbe<int>(clock);
        var release = new TaskCompletionSource();
        async Task<int> SlowCheck()
        {
            Interlocked.Increment(ref checks);
            await release.Task;
            return checks;
        }

        var waiting = Enumerable.Range(0, 50).Select(_ => probe.GetAsync("default", SlowCheck)).ToList();
        clock.Advance(TimeSpan.FromMinutes(5));
        waiting.Add(probe.GetAsync("default", SlowCheck));
        release.SetResult();

        Assert.All(await Task.WhenAll(waiting), r => Assert.Equal(1, r));
        Assert.Equal(1, checks);
    }

    [Fact]
    public async Task A_check_that_threw_is_not_kept()
    {
        var probe = new CachedProbe<int>(clock);

        await Assert.ThrowsAsync<InvalidOperationException>(() => probe.GetAsync("default", () => throw new InvalidOperationException("down")));

        Assert.Equal(1, await probe.GetAsync("default", Check));
    }
}
