using Checkout.Sandbox;

namespace Checkout.IntegrationTests.Sandbox;

public sealed class PepperedWireShapeTests
{
    [Fact]
    public async Task Events_productions_halls_and_seating_match_the_examples()
    {
        await using var host = await SandboxHost.StartAsync();
        var peppered = new PepperedClient(host);

        var events = await peppered.Get("event?startDate=2026-04-01&endDate=2026-05-31");
        var one = await peppered.Get($"event/{SandboxDemoIds.ReservedSeating}");
        var production = await peppered.Get($"production/{SandboxDemoIds.MultiPerformanceProduction}");
        var plan = await peppered.Get($"seating/{SandboxDemoIds.ReservedSeating}");

        Assert.True(events.GetArrayLength() >= 24);
        WireShape.AssertMatches($"[{PepperedExamples.Event}]", events);
        WireShape.AssertMatches(PepperedExamples.Event, one);
        Assert.Contains(one.GetProperty("blockAvailability").EnumerateArray(), b => b.GetProperty("blockType").GetString() == "wheel");
        Assert.EndsWith("+02:00", one.GetProperty("start").GetString());
        WireShape.AssertMatches(PepperedExamples.Production, production);
        WireShape.AssertMatches(PepperedExamples.SeatPlan, plan);
    }

    [Fact]
    public async Task Customer_cart_order_and_exports_match_the_examples()
    {
        await using var host = await SandboxHost.StartAsync();
        var peppered = new PepperedClient(host);
        var priceId = await host.FirstDiscountId(SandboxDemoIds.ReservedSeating);

        var customer = await peppered.Get($"customer/{SandboxDemoIds.KnownCustomer}");
        var cart = await peppered.Post("cart/p1", new object[]
        {
            new { priceId, rankId = 41, eventId = SandboxDemoIds.ReservedSeating, numberOfTickets = 2 },
            new { priceId = "donation", rankId = 0, amount = 5.00m },
        });
        var summary = await peppered.Get("cart/p1/summary");
        var order = await peppered.Post("cart/p1/checkout", new { paymentMethodId = 33, customerId = SandboxDemoIds.KnownCustomer });
        var orders = await peppered.Get("order");
        var exported = await peppered.Post("export/orders");
        var waiting = await peppered.Post("export/waitinglist");

        WireShape.AssertMatches(PepperedExamples.User, customer);
        // CartResource = summary fields + cartItems; a donation line has no eventId, so only ticket lines match the example's item.
        WireShape.AssertMatches(PepperedExamples.CartSummary, cart);
        var lines = cart.GetProperty("cartItems").EnumerateArray().ToList();
        Assert.All(lines.Where(l => l.GetProperty("itemType").GetString() == "ticket"),
            line => WireShape.AssertMatches(PepperedExamples.CartTicketItem, line));
        Assert.Contains(lines, l => l.GetProperty("itemType").GetString() == "donation");
        Assert.Equal(70.00m, cart.GetProperty("amount").GetDecimal());
        Assert.Equal(3, cart.GetProperty("numberOfItems").GetInt32());
        WireShape.AssertMatches(PepperedExamples.CartSummary, summary);
        WireShape.AssertMatches(PepperedExamples.Order, order);
        Assert.StartsWith($"{host.Http.BaseAddress}pay/", order.GetProperty("paymentUrl").GetString());
        WireShape.AssertMatches($"[{PepperedExamples.Order}]", orders);
        WireShape.AssertMatches($"[{PepperedExamples.OrderExport}]", exported);
        WireShape.AssertMatches(PepperedExamples.WaitingList,
            waiting.EnumerateArray().First(w => w.GetProperty("type").GetString() == "notified"));
        Assert.Equal(["friend", "donor", "vip", "press", "student", "subscriber"],
            (await peppered.Get("export/clienttypes")).EnumerateArray().Select(t => t.GetString()));
    }
}
