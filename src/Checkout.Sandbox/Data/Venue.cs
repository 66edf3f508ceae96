namespace Checkout.Sandbox.Data;

/// <summary>
/// All state of one VdM client. <see cref="Gate"/> guards every member: take it through
/// <see cref="SandboxStore.Enter"/>, never directly.
/// </summary>
internal sealed class Venue(string client, string name)
{
    public Lock Gate { get; } = new();
    public string Client => client;
    public string Name => name;
    public List<Hall> Halls { get; } = [];
    public List<Production> Productions { get; } = [];
    public Dictionary<int, Performance> Performances { get; } = [];
    public List<PaymentMethod> PaymentMethods { get; } = [];
    public Dictionary<int, Customer> Customers { get; } = [];
    public List<string> ClientTypes { get; } = [];
    public Dictionary<string, Cart> Carts { get; } = new(StringComparer.Ordinal);
    public Dictionary<string, Order> Orders { get; } = new(StringComparer.Ordinal);
    public List<WaitingListEntry> WaitingList { get; } = [];
    public int NextOrderId { get; set; } = 12001;
    public int NextCustomerId { get; set; } = 801;

    public Cart CartFor(string cartId)
    {
        if (!Carts.TryGetValue(cartId, out var cart))
        {
            cart = new Cart(cartId);
            Carts[cartId] = cart;
        }
        return cart;
    }

    public Customer? CustomerByEmail(string email) =>
        Customers.Values.FirstOrDefault(c => string.Equals(c.Email, email, StringComparison.OrdinalIgnoreCase));

    public Order? OrderById(int orderId) => Orders.Values.FirstOrDefault(o => o.Id == orderId);

    public IEnumerable<Performance> AllPerformances => Productions.SelectMany(p => p.Performances);
}
