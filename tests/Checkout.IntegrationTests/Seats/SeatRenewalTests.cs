using Checkout.IntegrationTests.Infrastructure;
using Checkout.IntegrationTests.Security;
using Checkout.Web.Features.Cart;
using static Checkout.IntegrationTests.Seats.SeatChoiceTests;
using static Checkout.Sandbox.SandboxDemoSeats;

namespace Checkout.IntegrationTests.Seats;

/// <summary>
/// Renewing chosen seats: VdM holds a seat in one cart at a time, so the old cart lets go of them and the fresh cart
/// holds the same seats again at once; a seat someone took in between becomes the closest equivalent, and the visitor
/// is told which.
/// </summary>
public sealed class SeatRenewalTests
{
    private const string Seats = "/event/1001/seats";

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Renewing_chosen_seats_holds_the_same_seats_again_every_time()
    {
        using var app = new CheckoutWebFactory();
        using var visitor = new ShopBrowser(app);
        var page = await visitor.FormPageAsync(Seats);
        await PostSeatsAsync(visitor, page, Seat(page, DemoStalls, 2, 5), Seat(page, DemoStalls, 2, 6));

        var first = await RenewAsync(app, visitor);
        var second = await RenewAsync(app, visitor);

        Assert.True(first.Succeeded && second.Succeeded, $"{first.Problem}, {second.Problem}");
        Assert.Empty(second.View.SeatSwaps);
        Assert.Equal(["Parket, rij 2, stoel 5", "Parket, rij 2, stoel 6"], await VisitorScope.CartSeatsAsync(app, visitor));
        Assert.Equal(2, Assert.Single(second.View.Selection).SeatIds!.Count);
    }

    [Fact]
    public async Task A_chosen_seat_taken_before_it_is_held_again_becomes_the_closest_equivalent_and_the_visitor_is_told()
    {
        using var app = new CheckoutWebFactory();
        using var visitor = new ShopBrowser(app);
        using var other = new ShopBrowser(app);

        var change = await ReserveAfterRow8Seat6WasTakenAsync(app, visitor, other);

        Assert.True(change.Succeeded, change.Problem.ToString());
        Assert.Equal([new SeatSwap(new(DemoStalls, 8, 6), new(DemoStalls, 8, 7))], change.View.SeatSwaps);
        Assert.Equal(["Parket, rij 8, stoel 5", "Parket, rij 8, stoel 7"], await VisitorScope.CartSeatsAsync(app, visitor));
    }

    // The visitor may go on to pay without reading the cart page again: the checkout's summary says it too.
    [Fact]
    public async Task The_checkout_summary_also_says_which_seat_was_held_instead()
    {
        using var app = new CheckoutWebFactory();
        using var visitor = new ShopBrowser(app);
        using var other = new ShopBrowser(app);
        Assert.True((await ReserveAfterRow8Seat6WasTakenAsync(app, visitor, other)).Succeeded);

        var checkout = await visitor.PageAsync("/checkout");
        var unchanged = await other.PageAsync("/checkout");

        var notice = checkout.QuerySelector(".order-summary [data-testid=seat-swapped]")!;
        Assert.Equal("status", notice.GetAttribute("role"));
        Assert.Contains("rij 8, stoel 6", notice.TextContent, StringComparison.Ordinal);
        Assert.Contains("rij 8, stoel 7", notice.TextContent, StringComparison.Ordinal);
        Assert.Single(checkout.QuerySelectorAll("[data-testid=seat-swapped]"));
        Assert.NotEmpty(unchanged.QuerySelectorAll(".order-summary [data-testid=summary-line]"));
        Assert.Null(unchanged.QuerySelector("[data-testid=seat-swapped]"));
    }

    // The visitor chose row 8 seats 5 and 6; another took seat 6 before the visitor's selection was held again.
    private static async Task<CartChange> ReserveAfterRow8Seat6WasTakenAsync(CheckoutWebFactory app, ShopBrowser visitor, ShopBrowser other)
    {
        var page = await visitor.FormPageAsync(Seats);
        var price = page.QuerySelector("#price-42 option[selected]")!.GetAttribute("value")!;
        var (five, six) = (Seat(page, DemoStalls, 8, 5), Seat(page, DemoStalls, 8, 6));
        await PostSeatsAsync(other, await other.FormPageAsync(Seats), six);
        var remembered = new TicketSelection(1001, price, 2) { SeatIds = [five, six] };
        return await VisitorScope.AsVisitorAsync(app, visitor, cart => cart.ReserveAsync([remembered], [], null, Ct));
    }

    private static Task<CartChange> RenewAsync(CheckoutWebFactory app, ShopBrowser visitor) =>
        VisitorScope.AsVisitorAsync(app, visitor, cart => cart.RenewAsync(Ct));
}
