using Checkout.Sandbox.Hosting;

namespace Checkout.Sandbox.Data;

/// <summary>
/// Exclusive access to one venue. Entering sweeps what the clock has decided (expired carts,
/// due or expired payments), so holds are evaluated lazily without background timers.
/// </summary>
internal sealed class VenueScope : IDisposable
{
    private readonly Inventions inventions;
    private bool disposed;

    public VenueScope(Venue venue, DateTimeOffset now, Inventions inventions)
    {
        Venue = venue;
        Now = now;
        this.inventions = inventions;
        venue.Gate.Enter();
        Sweep();
    }

    public Venue Venue { get; }
    public DateTimeOffset Now { get; }

    /// <summary>The cart with this id; an unknown id is a new empty cart, or null when carts are not created on first use.</summary>
    public Cart? FindCart(string cartId) =>
        inventions.CreatesCartsOnFirstUse ? Venue.CartFor(cartId) : Venue.Carts.GetValueOrDefault(cartId);

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
        // An expired cart is forgotten: with carts created on first use it comes back empty on next use, otherwise its
        // id answers 404 from now on (what VdM does with an expired cart is undocumented; this is the harsher reading).
        foreach (var cart in Venue.Carts.Values.Where(c => c.ExpiresAt <= Now).ToList())
        {
            cart.Empty();
            Venue.Carts.Remove(cart.Id);
        }
        foreach (var order in Venue.Orders.Values.Where(o => o.IsPending))
        {
            order.Settle(Now, inventions.CancelsUnpaidOrders);
        }
    }
}
