namespace Checkout.E2ETests.Infrastructure;

/// <summary>
/// The system clock plus an offset a test moves forward: "the visitor comes back an hour later" without waiting. Only
/// the wall clock moves; timers, delays and timeouts still run in real time, so resilience and polling behave as usual.
/// Registered as the app's <see cref="TimeProvider"/>, it is the clock of the shop and its embedded sandbox alike.
/// </summary>
public sealed class LaterClock : TimeProvider
{
    private long offsetTicks;

    public TimeSpan Offset => TimeSpan.FromTicks(Interlocked.Read(ref offsetTicks));

    public void Advance(TimeSpan by) => Interlocked.Add(ref offsetTicks, by.Ticks);

    public override DateTimeOffset GetUtcNow() => base.GetUtcNow() + Offset;
}
