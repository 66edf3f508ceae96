using Checkout.Tests.Shared.Fakes;
using Checkout.Web.Features.Cart;

namespace Checkout.UnitTests.Shop;

public sealed class CartServiceTests : IDisposable
{
    private readonly ShopHarness shop = new();
    private readonly ShopHarness.Visitor visitor;

    public CartServiceTests() => visitor = shop.For("visitor-1");

    private CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Adding_creates_one_cart_and_remembers_the_selection_and_the_configured_hold()
    {
        var change = await visitor.Cart.AddAsync(DemoCatalog.Performance, DemoCatalog.PerOrder,
            [new TicketRequest(DemoCatalog.Standard, 2), new TicketRequest(DemoCatalog.Cjp, 1), new TicketRequest(DemoCatalog.CityPass, 0)], Ct);

        Assert.True(change.Succeeded);
        Assert.Equal(["CreateCart", "AddTickets", "AddTickets"], shop.Vdm.Calls);
        Assert.Equal(3, change.View.Cart.Lines.Count);
        Assert.Equal(72.50m, change.View.Cart.Total);
        Assert.Equal(
            [new TicketSelection(DemoCatalog.Performance, DemoCatalog.Standard, 2), new TicketSelection(DemoCatalog.Performance, DemoCatalog.Cjp, 1)],
            change.View.Selection);
        Assert.Equal(shop.Clock.GetUtcNow().AddMinutes(15), change.View.Hold.ExpiresAt);
        Assert.Equal(10, change.View.Hold.RenewalsLeft);
    }

    [Fact]
    public async Task The_cart_survives_a_new_scope_of_the_same_visitor_but_not_another_visitor()
    {
        await visitor.Cart.AddAsync(DemoCatalog.Performance, DemoCatalog.PerOrder, [new TicketRequest(DemoCatalog.Standard, 2)], Ct);

        using var newTab = shop.For("visitor-1");
        using var stranger = shop.For("visitor-2");

        Assert.Equal(2, (await newTab.Cart.GetAsync(Ct)).Cart.Lines.Count);
        Assert.True((await stranger.Cart.GetAsync(Ct)).IsEmpty);
    }

    [Fact]
    public async Task A_refused_ticket_type_takes_out_what_the_same_attempt_added()
    {
        await visitor.Cart.AddAsync(DemoCatalog.Performance, DemoCatalog.PerOrder, [new TicketRequest(DemoCatalog.Cjp, 1)], Ct);
        shop.Vdm.Public.FreeSeats[DemoCatalog.Performance] = 3;

        var change = await visitor.Cart.AddAsync(DemoCatalog.Performance, DemoCatalog.PerOrder,
            [new TicketRequest(DemoCatalog.Standard, 2), new TicketRequest(DemoCatalog.CityPass, 2)], Ct);

        Assert.Equal(CartProblem.SoldOut, change.Problem);
        Assert.Equal(DemoCatalog.CityPass, change.FailedDiscountId);
        var line = Assert.Single(change.View.Cart.Lines);
        Assert.Equal(DemoCatalog.Cjp, line.DiscountId);
        Assert.Single(shop.Vdm.Public.LinesOf("cart-1"));
    }

    [Fact]
    public async Task The_per_order_maximum_is_reported_as_a_limit()
    {
        var change = await visitor.Cart.AddAsync(DemoCatalog.FewLeftPerformance, DemoCatalog.FewLeftPerOrder, [new TicketRequest(DemoCatalog.Standard, 3)], Ct);

        Assert.Equal(CartProblem.LimitReached, change.Problem);
        Assert.True(change.View.IsEmpty);
    }

    [Fact]
    public async Task An_unreachable_vdm_loses_nothing()
    {
        await visitor.Cart.AddAsync(DemoCatalog.Performance, DemoCatalog.PerOrder, [new TicketRequest(DemoCatalog.Standard, 1)], Ct);
        shop.Vdm.Public.Fail("AddTickets", FakeVdmPublic.Timeout);

        var change = await visitor.Cart.AddAsync(DemoCatalog.Performance, DemoCatalog.PerOrder, [new TicketRequest(DemoCatalog.Cjp, 1)], Ct);

        Assert.Equal(CartProblem.Unavailable, change.Problem);
        Assert.Single(change.View.Cart.Lines);
    }

    [Fact]
    public async Task Removing_a_line_updates_cart_and_selection()
    {
        var added = await visitor.Cart.AddAsync(DemoCatalog.Performance, DemoCatalog.PerOrder, [new TicketRequest(DemoCatalog.Standard, 2)], Ct);

        var change = await visitor.Cart.RemoveAsync(added.View.Cart.Lines[0].SeatId, Ct);

        Assert.True(change.Succeeded);
        Assert.Equal([new TicketSelection(DemoCatalog.Performance, DemoCatalog.Standard, 1)], change.View.Selection);
    }

    [Fact]
    public async Task A_seat_that_is_not_in_the_cart_is_never_sent_to_vdm()
    {
        await visitor.Cart.AddAsync(DemoCatalog.Performance, DemoCatalog.PerOrder, [new TicketRequest(DemoCatalog.Standard, 1)], Ct);
        shop.Vdm.Calls.Clear();

        var change = await visitor.Cart.RemoveAsync("someone-elses-seat", Ct);

        Assert.True(change.Succeeded);
        Assert.Empty(shop.Vdm.Calls);
    }

    [Fact]
    public async Task Refresh_shows_a_released_hold_as_an_expired_selection()
    {
        await visitor.Cart.AddAsync(DemoCatalog.Performance, DemoCatalog.PerOrder, [new TicketRequest(DemoCatalog.Standard, 2)], Ct);
        await shop.Vdm.Public.Empty("cart-1");

        var view = (await visitor.Cart.RefreshAsync(Ct)).View;

        Assert.True(view.IsExpired);
        Assert.Equal(2, view.ExpiredLines.Count);
        Assert.Null(view.Hold.ExpiresAt);
    }

    [Fact]
    public async Task Renewing_reserves_the_same_selection_in_a_new_cart_before_releasing_the_old_seats()
    {
        await visitor.Cart.AddAsync(DemoCatalog.Performance, DemoCatalog.PerOrder, [new TicketRequest(DemoCatalog.Standard, 2)], Ct);
        shop.Clock.Advance(TimeSpan.FromMinutes(12));
        shop.Vdm.Calls.Clear();

        var change = await visitor.Cart.RenewAsync(Ct);

        Assert.True(change.Succeeded);
        Assert.Equal(["CreateCart", "AddTickets", "RemoveTicket", "RemoveTicket"], shop.Vdm.Calls);
        Assert.Empty(shop.Vdm.Public.LinesOf("cart-1"));
        Assert.Equal(2, shop.Vdm.Public.LinesOf("cart-2").Count);
        Assert.Equal(shop.Clock.GetUtcNow().AddMinutes(15), change.View.Hold.ExpiresAt);
        Assert.Equal(9, change.View.Hold.RenewalsLeft);
    }

    [Fact]
    public async Task Renewals_stop_after_the_configured_maximum_and_a_failed_renewal_keeps_the_held_seats()
    {
        await visitor.Cart.AddAsync(DemoCatalog.Performance, DemoCatalog.PerOrder, [new TicketRequest(DemoCatalog.Standard, 1)], Ct);
        for (var i = 0; i < 10; i++)
        {
            Assert.True((await visitor.Cart.RenewAsync(Ct)).Succeeded, $"renewal {i + 1}");
        }

        var eleventh = await visitor.Cart.RenewAsync(Ct);

        Assert.Equal(CartProblem.HoldLimitReached, eleventh.Problem);
        Assert.Single(eleventh.View.Cart.Lines);
        Assert.Equal(0, eleventh.View.Hold.RenewalsLeft);
    }

    [Fact]
    public async Task After_expiry_one_call_reserves_the_selection_again()
    {
        await visitor.Cart.AddAsync(DemoCatalog.Performance, DemoCatalog.PerOrder, [new TicketRequest(DemoCatalog.Cjp, 2)], Ct);
        await shop.Vdm.Public.Empty("cart-1");
        await visitor.Cart.RefreshAsync(Ct);

        var change = await visitor.Cart.RenewAsync(Ct);

        Assert.True(change.Succeeded);
        Assert.False(change.View.IsExpired);
        Assert.Equal(2, change.View.Cart.Lines.Count);
        Assert.Equal(10, change.View.Hold.RenewalsLeft);
    }

    [Fact]
    public async Task A_failed_re_reservation_keeps_the_selection_for_another_try()
    {
        await visitor.Cart.AddAsync(DemoCatalog.Performance, DemoCatalog.PerOrder, [new TicketRequest(DemoCatalog.Standard, 2)], Ct);
        await shop.Vdm.Public.Empty("cart-1");
        await visitor.Cart.RefreshAsync(Ct);
        shop.Vdm.Public.FreeSeats[DemoCatalog.Performance] = 1;

        var change = await visitor.Cart.RenewAsync(Ct);

        Assert.Equal(CartProblem.SoldOut, change.Problem);
        Assert.True(change.View.IsExpired);
        Assert.Equal(2, TicketSelection.TicketCount(change.View.Selection));
    }

    [Fact]
    public async Task With_a_peppered_key_the_hold_is_vdm_s_own_cart_time_out()
    {
        var timeOut = shop.Clock.GetUtcNow().AddMinutes(7);
        shop.Vdm.PepperedCartTimeOut = timeOut;

        var change = await visitor.Cart.AddAsync(DemoCatalog.Performance, DemoCatalog.PerOrder, [new TicketRequest(DemoCatalog.Standard, 1)], Ct);

        Assert.Equal(timeOut, change.View.Hold.ExpiresAt);
        Assert.Contains("Peppered.GetCartSummary", shop.Vdm.Calls);
    }

    public void Dispose()
    {
        visitor.Dispose();
        shop.Dispose();
    }
}
