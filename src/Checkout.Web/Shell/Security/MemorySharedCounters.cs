namespace Checkout.Web.Shell.Security;

/// <summary>
/// <see cref="ISharedCounters"/> of a single instance. One lock for everything: each change takes microseconds. Expired
/// windows and shares are swept once a minute, so memory follows the visitors of the last minutes, not of all time.
/// </summary>
public sealed class MemorySharedCounters(TimeProvider time) : ISharedCounters
{
    private static readonly TimeSpan SweepEvery = TimeSpan.FromMinutes(1);

    private readonly Lock gate = new();
    private readonly Dictionary<string, (long Count, DateTimeOffset Ends)> windows = new(StringComparer.Ordinal);
    private readonly Dictionary<string, Dictionary<string, (int Amount, DateTimeOffset Until)>> pools = new(StringComparer.Ordinal);
    private DateTimeOffset nextSweep = DateTimeOffset.MinValue;

    public Task<WindowCount> HitAsync(string key, TimeSpan window, CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow();
        lock (gate)
        {
            Sweep(now);
            var current = windows.TryGetValue(key, out var open) && open.Ends > now ? (open.Count + 1, open.Ends) : (1, now + window);
            windows[key] = current;
            return Task.FromResult(new WindowCount(current.Item1, current.Item2 - now));
        }
    }

    public Task<PoolShare> TrySetShareAsync(string key, string holder, int amount, DateTimeOffset until, int limit, CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow();
        lock (gate)
        {
            Sweep(now);
            if (!pools.TryGetValue(key, out var shares))
            {
                pools[key] = shares = new Dictionary<string, (int, DateTimeOffset)>(StringComparer.Ordinal);
            }

            var mine = shares.TryGetValue(holder, out var share) && share.Until > now ? share.Amount : 0;
            var others = shares.Where(s => s.Key != holder && s.Value.Until > now).Sum(s => s.Value.Amount);
            if (amount > mine && others + amount > limit)
            {
                return Task.FromResult(new PoolShare(false, others + mine));
            }

            if (amount > 0 && until > now)
            {
                shares[holder] = (amount, until);
            }
            else
            {
                shares.Remove(holder);
            }

            return Task.FromResult(new PoolShare(true, others + (shares.ContainsKey(holder) ? amount : 0)));
        }
    }

    private void Sweep(DateTimeOffset now)
    {
        if (now < nextSweep)
        {
            return;
        }

        nextSweep = now + SweepEvery;
        foreach (var key in windows.Where(w => w.Value.Ends <= now).Select(w => w.Key).ToList())
        {
            windows.Remove(key);
        }

        foreach (var (key, shares) in pools.ToList())
        {
            foreach (var holder in shares.Where(s => s.Value.Until <= now).Select(s => s.Key).ToList())
            {
                shares.Remove(holder);
            }

            if (shares.Count == 0)
            {
                pools.Remove(key);
            }
        }
    }
}
