namespace Checkout.IntegrationTests.Infrastructure;

/// <summary>The system clock plus an offset a test moves forward ("the buyer comes back later"), for the app and its sandbox alike.</summary>
public sealed class ShiftedClock : TimeProvider
{
    private long offsetTicks;

    public void Advance(TimeSpan by) => Interlocked.Add(ref offsetTicks, by.Ticks);

    public override DateTimeOffset GetUtcNow() => base.GetUtcNow() + TimeSpan.FromTicks(Interlocked.Read(ref offsetTicks));
}
