using Checkout.VoordeMensen;
using Checkout.Web.Features.Customers;
using Checkout.Web.Features.Orders;
using Checkout.Web.Features.Tickets;

namespace Checkout.UnitTests.Tickets;

/// <summary>Every payment status and order state VdM has, as My tickets decides it: the status page's outcome, with every order's own payment window.</summary>
public sealed class CustomerOrderOutcomesTests
{
    private static readonly DateTimeOffset Now = new(2026, 12, 4, 20, 0, 0, TimeSpan.Zero);
    private static readonly TimeSpan Window = TimeSpan.FromMinutes(15);

    [Theory]
    [InlineData("paid", "ord", 1, OrderOutcome.Paid)]
    [InlineData("paid", "", 1, OrderOutcome.Paid)]
    [InlineData("paid", "reemit", 1, OrderOutcome.Reissued)]
    [InlineData("paid", "reissue", 1, OrderOutcome.Reissued)]
    [InlineData("paid", "cancel", 1, OrderOutcome.CancelledAfterPayment)]
    [InlineData("partial", "cancel", 1, OrderOutcome.CancelledAfterPayment)]
    [InlineData("partial", "ord", 1, OrderOutcome.Partial)]
    [InlineData("pending", "cancel", 1, OrderOutcome.Failed)]
    [InlineData("cancelled", "ord", 1, OrderOutcome.Failed)]
    [InlineData("cancelled", "res", 1, OrderOutcome.Failed)]
    [InlineData("none", "res", 3000, OrderOutcome.Reservation)]
    [InlineData("none", "pros", 3000, OrderOutcome.Prospect)]
    [InlineData("pending", "pros", 3000, OrderOutcome.Prospect)]
    [InlineData("pending", "res", 5, OrderOutcome.Pending)]
    [InlineData("pending", "res", 60, OrderOutcome.Unpaid)]
    [InlineData("none", "ord", 5, OrderOutcome.Pending)]
    [InlineData("none", "ord", 60, OrderOutcome.Unpaid)]
    [InlineData("refunded", "ord", 1, OrderOutcome.Unknown)]
    [InlineData("paid", "trash", 1, OrderOutcome.Gone)]
    public void Payment_status_and_order_state_give_the_status_pages_outcome(string payment, string state, int minutesAgo, OrderOutcome expected)
    {
        var order = new CustomerOrder("K", Now.AddMinutes(-minutesAgo), 10m, PaymentStatus.Parse(payment)) { State = OrderState.Parse(state) };

        Assert.Equal(expected, CustomerOrderOutcomes.Of(order, Now, Window));
    }

    [Fact]
    public void Only_paid_or_reissued_orders_have_valid_tickets_and_only_orders_someone_attends_go_in_a_calendar()
    {
        Assert.Equal([OrderOutcome.Paid, OrderOutcome.Reissued], Enum.GetValues<OrderOutcome>().Where(s => s.HasValidTickets()));
        Assert.Equal([OrderOutcome.Paid, OrderOutcome.Reissued, OrderOutcome.Partial, OrderOutcome.Reservation],
            Enum.GetValues<OrderOutcome>().Where(s => s.IsAttending()));
    }
}
