using System.Collections.Concurrent;
using System.Diagnostics.Metrics;
using Checkout.ComponentTests.Infrastructure;
using Checkout.Tests.Shared.Fakes;
using Checkout.Web.Features;
using Checkout.Web.Features.Cart;
using Checkout.Web.Features.Purchase;
using Checkout.Web.Hosting.Observability;
using Microsoft.Extensions.DependencyInjection;

namespace Checkout.ComponentTests.Operations;

/// <summary>
/// The shop's meter, heard through a <see cref="MeterListener"/> while the real shop services run over the in-memory
/// VdM: orders placed, cart refusals by kind, live circuits; tagged with the client, never a cart id or order key.
/// </summary>
public sealed class ShopMetricsTests : CheckoutTestContext, IDisposable
{
    private readonly MeterListener listener = new();
    private readonly ConcurrentQueue<(string Instrument, long Value, Dictionary<string, object?> Tags)> measurements = new();

    public ShopMetricsTests()
    {
        // Only this context's meter: other tests' shops publish instruments of the same name meanwhile.
        var factory = Services.GetRequiredService<IMeterFactory>();
        listener.InstrumentPublished = (instrument, l) =>
        {
            if (instrument.Meter.Name == ShopMetrics.MeterName && ReferenceEquals(instrument.Meter.Scope, factory))
            {
                l.EnableMeasurementEvents(instrument);
            }
        };
        listener.SetMeasurementEventCallback<long>((instrument, value, tags, _) =>
            measurements.Enqueue((instrument.Name, value, tags.ToArray().ToDictionary(t => t.Key, t => t.Value))));
        listener.Start();
    }

    private static CancellationToken Ct => Xunit.TestContext.Current.CancellationToken;

    private ShopMetrics Metrics => Services.GetRequiredService<ShopMetrics>();

    private List<(long Value, Dictionary<string, object?> Tags)> Of(string instrument) =>
        [.. measurements.Where(m => m.Instrument == instrument).Select(m => (m.Value, m.Tags))];

    [Fact]
    public async Task A_sold_out_add_counts_one_cart_refusal_of_that_kind()
    {
        Vdm.Public.FreeSeats[DemoCatalog.Performance] = 1;

        var change = await Services.GetRequiredService<CartService>().AddAsync(DemoCatalog.Performance, DemoCatalog.PerOrder, [new TicketRequest(DemoCatalog.Standard, 2)], Ct);

        Assert.Equal(CartProblem.SoldOut, change.Problem);
        var refusal = Assert.Single(Of(ShopMetrics.CartRefusals));
        Assert.Equal(1, refusal.Value);
        Assert.Equal("SoldOut", refusal.Tags["kind"]);
        Assert.Equal("default", refusal.Tags["client"]);
    }

    [Fact]
    public async Task A_placed_order_is_counted_once_and_a_repeated_click_is_not()
    {
        await Services.GetRequiredService<CartService>().AddAsync(DemoCatalog.Performance, DemoCatalog.PerOrder, [new TicketRequest(DemoCatalog.Standard, 2)], Ct);
        var checkout = Services.GetRequiredService<CheckoutService>();
        var buyer = new Buyer { FirstName = "Kim", LastName = "de Koper", Email = "kim@example.nl" };
        var returnUrl = new Uri("https://shop.example.nl/order/return");

        var first = await checkout.PlaceOrderAsync(buyer, 33, returnUrl, Ct);
        var second = await checkout.PlaceOrderAsync(buyer, 33, returnUrl, Ct);

        Assert.NotNull(first.Order);
        Assert.True(second.Reused);
        var placed = Assert.Single(Of(ShopMetrics.OrdersPlaced));
        Assert.Equal(1, placed.Value);
        Assert.Equal(["client"], placed.Tags.Keys);
    }

    [Fact]
    public async Task Live_circuits_go_up_when_a_circuit_opens_and_down_when_it_closes()
    {
        var counter = new LiveCircuitCounter(Metrics);

        await counter.OnCircuitOpenedAsync(null!, Ct);
        await counter.OnCircuitOpenedAsync(null!, Ct);
        await counter.OnCircuitClosedAsync(null!, Ct);

        Assert.Equal([1L, 1L, -1L], Of(ShopMetrics.LiveCircuits).Select(m => m.Value));
    }

    void IDisposable.Dispose() => listener.Dispose();
}
