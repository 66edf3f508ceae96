using Checkout.Sandbox;
using Checkout.Sandbox.Data;
using Checkout.Sandbox.Data.Seed;
using Checkout.Sandbox.Hosting;
using Checkout.Sandbox.Inventory;
using Microsoft.Extensions.Options;

namespace Checkout.UnitTests.Sandbox;

public sealed class CartLedgerTests
{
    private static readonly DateTimeOffset Now = new(2026, 4, 1, 8, 0, 0, TimeSpan.Zero);
    private static readonly Inventions Demo = new(Enabled: true);
    private readonly Venue venue = DemoVenueSeed.Build(Now);
    private readonly CartLedger ledger = new(Options.Create(new SandboxOptions { HoldMinutes = 15 }));

    private TicketType Type(int eventId, string name) => venue.Performances[eventId].TicketTypes.Single(t => t.Name == name);

    [Fact]
    public void Per_order_cap_of_a_ticket_type_refuses_the_third_cjp_ticket()
    {
        using var scope = new VenueScope(venue, Now, Demo);
        var cart = venue.CartFor("c");
        var cjp = Type(SandboxDemoIds.ReservedSeating, "CJP").Id;

        Assert.Null(ledger.AddBestAvailable(scope, cart, SandboxDemoIds.ReservedSeating, 2, cjp));
        var error = ledger.AddBestAvailable(scope, cart, SandboxDemoIds.ReservedSeating, 1, cjp);

        Assert.Equal(422, error?.Status);
        Assert.Equal(2, cart.Tickets.Count);
    }

    [Fact]
    public void A_used_up_per_event_cap_hides_the_ticket_type()
    {
        using var scope = new VenueScope(venue, Now, Demo);
        var performance = venue.Performances[SandboxDemoIds.ReservedSeating];
        var uitflits = Type(SandboxDemoIds.ReservedSeating, "Uitflits");

        Assert.Null(ledger.AddBestAvailable(scope, venue.CartFor("a"), performance.Id, 4, uitflits.Id));

        Assert.False(performance.IsAvailable(uitflits));
        Assert.Equal(SaleError.TicketTypeUnavailable, ledger.AddBestAvailable(scope, venue.CartFor("b"), performance.Id, 1, uitflits.Id));
    }

    [Fact]
    public void Best_available_fills_the_best_rank_first_and_a_rank_can_be_chosen()
    {
        using var scope = new VenueScope(venue, Now, Demo);
        var standaard = Type(SandboxDemoIds.ReservedSeating, "Standaard").Id;
        var cart = venue.CartFor("r");

        ledger.AddBestAvailable(scope, cart, SandboxDemoIds.ReservedSeating, 1, standaard);
        ledger.AddBestAvailable(scope, cart, SandboxDemoIds.ReservedSeating, 1, standaard, rankId: 42);

        Assert.Equal([41, 42], cart.Tickets.Select(t => t.Seat.Place.RankId));
        Assert.Equal([32.50m, 26.50m], cart.Tickets.Select(t => t.Seat.Claim!.Price));
    }

    [Fact]
    public void Entering_after_the_hold_releases_the_cart()
    {
        var standaard = Type(SandboxDemoIds.TenSeatsLeft, "Standaard").Id;
        using (var scope = new VenueScope(venue, Now, Demo))
        {
            ledger.AddBestAvailable(scope, venue.CartFor("late"), SandboxDemoIds.TenSeatsLeft, 10, standaard);
        }
        Assert.Equal(0, venue.Performances[SandboxDemoIds.TenSeatsLeft].FreeSeats);

        using (new VenueScope(venue, Now.AddMinutes(15), Demo))
        {
            Assert.Equal(10, venue.Performances[SandboxDemoIds.TenSeatsLeft].FreeSeats);
            Assert.False(venue.Carts.ContainsKey("late"));
        }
    }
}
