using Checkout.VoordeMensen.Carts;
using Checkout.Web.Features.Cart;

namespace Checkout.UnitTests.Shop;

/// <summary>The session remembers which held seats were picked on the plan, so they are renewed as the same seats.</summary>
public sealed class ChosenSeatSessionTests
{
    private static readonly DateTimeOffset Now = new(2030, 4, 1, 18, 0, 0, TimeSpan.Zero);

    private static HeldTicket Line(string seatId, string discountId = "std") => new() { SeatId = seatId, EventId = 1001, Price = 30m, DiscountId = discountId };

    [Fact]
    public void Chosen_seats_stay_seats_in_the_selection_and_best_available_stays_a_quantity()
    {
        var cart = new HeldCart([Line("a1"), Line("a2"), Line("x9")], 90m);

        var session = CartSession.Empty.SeatsChosen(["a1", "a2"]).Added(cart, new CartHold(Now.AddMinutes(15), PepperedKnowsCart: true), Now);

        Assert.Equal(2, session.Selection.Count);
        var chosen = Assert.Single(session.Selection, s => s.IsChosenSeats);
        Assert.Equal((1001, "std", 2), (chosen.PerformanceId, chosen.DiscountId, chosen.Quantity));
        Assert.Equal(["a1", "a2"], chosen.SeatIds!);
        Assert.Equal(1, Assert.Single(session.Selection, s => !s.IsChosenSeats).Quantity);
        Assert.Equal(["a1", "a2"], session.ChosenSeatIds);
    }

    [Fact]
    public void A_removed_chosen_seat_is_forgotten_and_the_rest_stays_chosen()
    {
        var hold = new CartHold(Now.AddMinutes(15), PepperedKnowsCart: true);
        var session = CartSession.Empty.SeatsChosen(["a1", "a2"]).Added(new HeldCart([Line("a1"), Line("a2")], 60m), hold, Now);

        var after = session.Removed(new HeldCart([Line("a2")], 30m), hold, Now);

        Assert.Equal(["a2"], after.ChosenSeatIds);
        Assert.Equal(["a2"], Assert.Single(after.Selection).SeatIds!);
    }
}
