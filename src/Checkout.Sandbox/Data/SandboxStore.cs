using Checkout.Sandbox.Data.Seed;
using Checkout.Sandbox.Hosting;

namespace Checkout.Sandbox.Data;

/// <summary>The in-memory state of every sandbox client, seeded relative to the clock's local date.</summary>
internal sealed class SandboxStore
{
    private readonly TimeProvider time;
    private readonly Inventions inventions;
    private volatile IReadOnlyDictionary<string, Venue> venues;

    public SandboxStore(TimeProvider time, Inventions inventions)
    {
        this.time = time;
        this.inventions = inventions;
        venues = Seed();
    }

    public bool Exists(string client) => venues.ContainsKey(client);

    public IEnumerable<string> Clients => venues.Keys;

    public VenueScope Enter(string client) => new(venues[client], time.GetUtcNow(), inventions);

    /// <summary>The client an order belongs to; the payment simulator's URLs carry only the order key.</summary>
    public string? ClientOfOrder(string orderKey) =>
        venues.Values.FirstOrDefault(v =>
        {
            using var scope = Enter(v.Client);
            return v.Orders.ContainsKey(orderKey);
        })?.Client;

    /// <summary>Replaces all state with a fresh seed; requests already inside a venue finish on the old one.</summary>
    public void Reset() => venues = Seed();

    private Dictionary<string, Venue> Seed()
    {
        var now = time.GetUtcNow();
        return new Dictionary<string, Venue>(StringComparer.Ordinal)
        {
            [DemoVenueSeed.Client] = DemoVenueSeed.Build(now),
            [FringeVenueSeed.Client] = FringeVenueSeed.Build(now),
        };
    }
}
