namespace Checkout.Web.Features.Customers;

/// <summary>
/// <see cref="IAttemptCounters"/> of a single instance. One lock keeps every step atomic (a step is a dictionary
/// look-up); counters whose window is over are swept now and then, so memory follows the counters still running.
/// </summary>
public sealed class MemoryAttemptCounters(TimeProvider time) : IAttemptCounters
{
    private const int SweepEvery = 1024;

    private readonly Dictionary<string, (long Count, DateTimeOffset Ends)> counters = new(StringComparer.Ordinal);
    private int steps;

    public Task<CounterState> IncrementAsync(string key, TimeSpan window, CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow();
        lock (counters)
        {
            if (++steps % SweepEvery == 0)
            {
                Sweep(now);
            }

            var (count, ends) = counters.TryGetValue(key, out var c) && c.Ends > now ? c : (0, now + window);
            counters[key] = (count + 1, ends);
            return Task.FromResult(new CounterState(count + 1, ends - now));
        }
    }

    public Task<CounterState> PeekAsync(string key, CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow();
        lock (counters)
        {
            return Task.FromResult(counters.TryGetValue(key, out var c) && c.Ends > now ? new CounterState(c.Count, c.Ends - now) : CounterState.None);
        }
    }

    private void Sweep(DateTimeOffset now)
    {
        foreach (var key in counters.Where(c => c.Value.Ends <= now).Select(c => c.Key).ToList())
        {
            counters.Remove(key);
        }
    }
}
