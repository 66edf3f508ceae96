using Checkout.Tests.Shared.Fakes;
using Checkout.VoordeMensen;
using Checkout.VoordeMensen.Peppered;
using Checkout.Web.Features.Cart;
using Checkout.Web.Features.Orders;
using Checkout.Web.Features.Tickets;
using Microsoft.Extensions.DependencyInjection;

namespace Checkout.UnitTests.Tickets;

/// <summary>The evenings of one order by its key: what this shop placed, or the verified visitor's own order, never another's.</summary>
public sealed class OrderEveningsTests : IDisposable
{
    private const string Placed = "PLACE-abcde-fghij-klmno";
    private const string Janes = "JANES-abcde-fghij-klmno";
    private readonly TicketsHarness harness = new();

    private static CancellationToken Cancel => TestContext.Current.CancellationToken;

    public OrderEveningsTests()
    {
        harness.Vdm.PepperedOrders.Add(new PepperedOrder
        {
            Id = 7, OrderKey = Janes, CustomerId = 801, State = OrderState.Parse("ord"), PaymentStatus = PaymentStatus.Parse("paid"),
            OrderDate = harness.Clock.GetUtcNow().AddDays(-2), Amount = 49m,
        });
        harness.Vdm.PepperedOrderSeats[Janes] = [new ExportedSeat("s1", DemoCatalog.Performance, 1, 4, 7, 24.5m, "p", "Standaard")];
    }

    [Fact]
    public async Task An_order_placed_here_has_the_evenings_its_cart_held()
    {
        var line = new HeldTicket { SeatId = "a", EventId = DemoCatalog.Performance, EventName = "Hamlet", LocationName = "Grote Zaal", Start = DemoCatalog.Start, Price = 24.5m, DiscountName = "CJP" };
        await harness.Services.GetRequiredService<OrderAttemptStore>().SaveAsync("default", Placed,
            new OrderAttempt([new TicketSelection(DemoCatalog.Performance, DemoCatalog.Cjp, 1)], [line], harness.Clock.GetUtcNow()), Cancel);

        var evening = Assert.Single(await harness.For("anyone").GetRequiredService<OrderEvenings>().OfAsync(Placed, Cancel));

        Assert.Equal(DemoCatalog.Performance, evening.PerformanceId);
        Assert.Equal([new EveningSeat("CJP", null, null, null)], evening.Seats);
        Assert.DoesNotContain("Peppered.ExportOrders", harness.Vdm.Calls);
    }

    [Fact]
    public async Task The_verified_customer_gets_the_evenings_of_their_own_order()
    {
        await harness.VerifyAsync("jane", "visitor@example.com", 801);

        var evening = Assert.Single(await harness.For("jane").GetRequiredService<OrderEvenings>().OfAsync(Janes, Cancel));

        Assert.Equal([new EveningSeat("Standaard", null, "4", "7")], evening.Seats);
        Assert.Equal(DemoCatalog.Start, evening.Start);
    }

    [Fact]
    public async Task Another_customer_or_an_unverified_visitor_learns_nothing_about_an_order_by_its_key()
    {
        // Attack: a visitor verified as someone else (or nobody) asks for the calendar of an order key they saw.
        await harness.VerifyAsync("mallory", "mallory@example.com", 802);

        Assert.Empty(await harness.For("mallory").GetRequiredService<OrderEvenings>().OfAsync(Janes, Cancel));
        Assert.Empty(await harness.For("nobody").GetRequiredService<OrderEvenings>().OfAsync(Janes, Cancel));
    }

    [Theory]
    [InlineData("")]
    [InlineData("<script>")]
    [InlineData("../../etc")]
    public async Task A_malformed_key_is_not_looked_up(string key)
    {
        await harness.VerifyAsync("jane", "visitor@example.com", 801);

        Assert.Empty(await harness.For("jane").GetRequiredService<OrderEvenings>().OfAsync(key, Cancel));
        Assert.Empty(harness.Vdm.Calls);
    }

    public void Dispose() => harness.Dispose();
}
