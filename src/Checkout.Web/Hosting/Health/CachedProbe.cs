namespace Checkout.Web.Hosting.Health;

/// <summary>
/// One upstream check per key per <see cref="Lifetime"/>, however many probes ask: a result younger than that is
/// reused, and probes that arrive while a check runs wait for that same check (no stampede). A check that throws
/// (cancellation included) is not kept, so the next probe starts a new one.
/// </summary>
internal sealed class CachedProbe<T>(TimeProvider time)
{
    public static readonly TimeSpan Lifetime = TimeSpan.FromSeconds(30);

    private readonly Lock gate = new();
    private readonly Dictionary<string, (Task<T> Check, DateTimeOffset Started)> checks = new(StringComparer.Ordinal);

    public Task<T> GetAsync(string key, Func<Task<T>> check)
    {
        lock (gate)
        {
            var now = time.GetUtcNow();
            if (checks.TryGetValue(key, out var cached) && !cached.Check.IsFaulted && !cached.Check.IsCanceled
                && (!cached.Check.IsCompleted || now - cached.Started < Lifetime))
            {
                return cached.Check;
            }

            var started = Task.Run(check);
            checks[key] = (started, now);
            return started;
        }
    }
}
