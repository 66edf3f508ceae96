using Checkout.VoordeMensen;
using Checkout.Web.Features.Customers;
using Checkout.Web.Features.Tickets;

namespace Checkout.UnitTests.Tickets;

/// <summary>Every payment status and order state VdM has, as My tickets names it.</summary>
public sealed class OrderStandingsTests
{
    private static readonly DateTimeOffset Now = new(2026, 12, 4, 20, 0, 0, TimeSpan.Zero);
    private static readonly TimeSpan Window = TimeSpan.FromMinutes(15);

    [Theory]
    [InlineData("paid", "ord", 1, OrderStanding.Paid)]
    [InlineData("paid", "", 1, OrderStanding.Paid)]
    [InlineData("paid", "reemit", 1, OrderStanding.Reissued)]
    [InlineData("paid", "reissue", 1, OrderStanding.Reissued)]
    [InlineData("paid", "cancel", 1, OrderStanding.CancelledAfterPayment)]
    [InlineData("partial", "cancel", 1, OrderStanding.CancelledAfterPayment)]
    [InlineData("partial", "ord", 1, OrderStanding.Partial)]
    [InlineData("pending", "cancel", 1, OrderStanding.Failed)]
    [InlineData("cancelled", "ord", 1, OrderStanding.Failed)]
    [InlineData("cancelled", "res", 1, OrderStanding.Failed)]
    [InlineData("none", "res", 3000, OrderStanding.Reservation)]
    [InlineData("none", "pros", 3000, OrderStanding.Prospect)]
    [InlineData("pending", "pros", 3000, OrderStanding.Prospect)]
    [InlineData("pending", "res", 5, OrderStanding.Pending)]
    [InlineData("pending", "res", 60, OrderStanding.Unpaid)]
    [InlineData("none", "ord", 5, OrderStanding.Pending)]
    [InlineData("none", "ord", 60, OrderStanding.Unpaid)]
    [InlineData("refunded", "ord", 1, OrderStanding.Unknown)]
    public void Payment_status_and_order_state_give_one_standing(string payment, string state, int minutesAgo, OrderStanding expected)
    {
        var order = new CustomerOrder("K", Now.AddMinutes(-minutesAgo), 10m, PaymentStatus.Parse(payment)) { State = OrderState.Parse(state) };

        Assert.Equal(expected, OrderStandings.Of(order, Now, Window));
    }

    [Fact]
    public void Only_paid_or_reissued_orders_have_valid_tickets_and_only_orders_someone_attends_go_in_a_calendar()
    {
        Assert.Equal([OrderStanding.Paid, OrderStanding.Reissued], Enum.GetValues<OrderStanding>().Where(s => s.HasValidTickets()));
        Assert.Equal([OrderStanding.Paid, OrderStanding.Reissued, OrderStanding.Partial, OrderStanding.Reservation],
            Enum.GetValues<OrderStanding>().Where(s => s.IsAttending()));
    }
}
