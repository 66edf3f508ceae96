namespace Checkout.Sandbox.Data;

/// <summary>
/// Exclusive access to one venue. Entering sweeps what the clock has decided (expired carts,
/// due or expired payments), so holds are evaluated lazily without background timers.
/// </summary>
internal sealed class VenueScope : IDisposable
{
    private bool disposed;

    public VenueScope(Venue venue, DateTimeOffset now)
    {
        Venue = venue;
        Now = now;
        venue.Gate.Enter();
        Sweep();
    }

    public Venue Venue { get; }
    public DateTimeOffset Now { get; }

    public void Dispose()
    {
        if (!disposed)
        {
            disposed = true;
            Venue.Gate.Exit();
        }
    }

    private void Sweep()
    {
        // Carts are keyed by caller-chosen ids; an expired one is forgotten and recreated empty on next use.
        foreach (var cart in Venue.Carts.Values.Where(c => c.ExpiresAt <= Now).ToList())
        {
            cart.Empty();
            Venue.Carts.Remove(cart.Id);
        }
        foreach (var order in Venue.Orders.Values.Where(o => o.IsPending))
        {
            order.Settle(Now);
        }
    }
}
