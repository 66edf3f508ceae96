using System.Diagnostics.Metrics;
using Checkout.Web.Features.Cart;

namespace Checkout.Web.Features;

/// <summary>
/// The shop's own meter (docs/operations.md lists the instruments): orders placed, cart refusals by kind and live
/// circuits, tagged with the client key. Never a cart id, order key or visitor.
/// </summary>
public sealed class ShopMetrics
{
    public const string MeterName = "Checkout.Web";
    public const string OrdersPlaced = "checkout.orders.placed";
    public const string CartRefusals = "checkout.cart.refusals";
    public const string LiveCircuits = "checkout.circuits.live";

    private readonly Counter<long> ordersPlaced;
    private readonly Counter<long> cartRefusals;
    private readonly UpDownCounter<long> liveCircuits;

    public ShopMetrics(IMeterFactory meters)
    {
        var meter = meters.Create(MeterName);
        ordersPlaced = meter.CreateCounter<long>(OrdersPlaced, "{order}", "Orders VdM created for the shop's buyers");
        cartRefusals = meter.CreateCounter<long>(CartRefusals, "{refusal}", "Cart changes that did not happen, by kind");
        liveCircuits = meter.CreateUpDownCounter<long>(LiveCircuits, "{circuit}", "Interactive circuits open on this instance");
    }

    public void OrderPlaced(string clientKey) => ordersPlaced.Add(1, new KeyValuePair<string, object?>("client", clientKey));

    public void CartRefused(string clientKey, CartProblem kind) => cartRefusals.Add(1,
        new KeyValuePair<string, object?>("client", clientKey), new KeyValuePair<string, object?>("kind", kind.ToString()));

    public void CircuitOpened() => liveCircuits.Add(1);

    public void CircuitClosed() => liveCircuits.Add(-1);
}
