using System.Text.Json;
using Checkout.Web.Features.Cart;
using Checkout.Web.Shell.Embedding.Analytics;
using Checkout.Web.Shell.Embedding.VenueContext;

namespace Checkout.UnitTests.Embedding;

/// <summary>The analytics events as the venue page receives them, and the order reference in a purchase.</summary>
public sealed class VenueEventsWireTests
{
    [Fact]
    public void A_purchase_is_a_v1_message_in_snake_case_without_absent_fields()
    {
        var json = VenueEventJson.Serialize(new VenueEvent
        {
            Type = VenueEvent.Purchase,
            Value = 37.00m,
            Order = "0123456789abcdef",
            Items = [new VenueItem(1001, "Hamlet", "12", "Regulier", 2, 18.50m)],
            Campaign = new VenueCampaign(null, null, "spring", null, null),
        });

        Assert.Equal(
            """{"v":1,"type":"purchase","currency":"EUR","value":37.00,"order":"0123456789abcdef","items":[{"performance":1001,"performance_name":"Hamlet","ticket_type":"12","ticket_type_name":"Regulier","quantity":2,"price":18.50}],"campaign":{"campaign":"spring"}}""",
            json);
    }

    [Fact]
    public void Held_tickets_are_grouped_per_performance_and_ticket_type()
    {
        HeldTicket Seat(string id, int performance, string discount, decimal price) =>
            new() { SeatId = id, EventId = performance, EventName = $"Voorstelling {performance}", DiscountId = discount, DiscountName = $"Soort {discount}", Price = price };

        var items = VenueItem.From([Seat("a", 1001, "1", 20m), Seat("b", 1001, "1", 20m), Seat("c", 1001, "2", 15m), Seat("d", 1002, "1", 20m)]);

        Assert.Equal(
            [
                new VenueItem(1001, "Voorstelling 1001", "1", "Soort 1", 2, 20m),
                new VenueItem(1001, "Voorstelling 1001", "2", "Soort 2", 1, 15m),
                new VenueItem(1002, "Voorstelling 1002", "1", "Soort 1", 1, 20m),
            ],
            items);
    }

    [Fact]
    public void The_order_reference_is_stable_short_and_reveals_neither_key_nor_client()
    {
        const string key = "XgFca-QmBxG-9WhAj-Osszb";

        var reference = OrderReference.For("default", key);

        Assert.Matches("^[0-9a-f]{16}$", reference);
        Assert.Equal(reference, OrderReference.For("default", key));
        Assert.NotEqual(reference, OrderReference.For("fringe", key));
        Assert.NotEqual(reference, OrderReference.For("default", "XgFca-QmBxG-9WhAj-Osszc"));
        Assert.DoesNotContain("XgFca", reference, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public void A_visit_keeps_the_latest_twenty_events()
    {
        var visit = VenueVisit.Empty;
        for (var i = 1; i <= VenueVisit.MaxPending + 5; i++)
        {
            visit = visit.Enqueue(new VenueEvent { Type = VenueEvent.AddToCart, Value = i });
        }

        Assert.Equal(VenueVisit.MaxPending, visit.Pending.Count);
        Assert.Equal(6m, visit.Pending[0].Value);
        Assert.Equal(25m, visit.Pending[^1].Value);
    }

    [Fact]
    public void A_stored_visit_reads_back_with_its_events()
    {
        var visit = VenueVisit.Empty.Enqueue(new VenueEvent { Type = VenueEvent.AddToCart, Value = 5m, Items = [new VenueItem(1, "A", "2", "B", 1, 5m)] });
        var options = new JsonSerializerOptions(JsonSerializerDefaults.Web);

        var read = JsonSerializer.Deserialize<VenueVisit>(JsonSerializer.SerializeToUtf8Bytes(visit, options), options)!;

        Assert.Equal(visit.Pending.Single(), read.Pending.Single() with { Items = visit.Pending.Single().Items });
        Assert.Equal(visit.Pending.Single().Items, read.Pending.Single().Items);
    }
}
