using Checkout.Tests.Shared.Fakes;
using Checkout.Web.Features.Cart;
using Checkout.Web.Features.Purchase;

namespace Checkout.UnitTests.Shop;

/// <summary>
/// The optional donation over the fake VdM's Peppered cart; the repository's appsettings.json offers € 2,50, € 5 and
/// € 10 for the default client. Two standard tickets cost € 49.
/// </summary>
public sealed class DonationTests : IDisposable
{
    private readonly ShopHarness shop = new();
    private readonly ShopHarness.Visitor visitor;

    public DonationTests()
    {
        shop.Vdm.PepperedCartTimeOut = shop.Clock.GetUtcNow().AddMinutes(15);
        visitor = shop.For("donor");
    }

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private DonationService Donations => visitor.Donations;

    [Fact]
    public async Task A_configured_amount_goes_into_the_VdM_cart_and_the_total()
    {
        await AddAsync(2);

        var change = await Donations.SetAsync(5m, Ct);

        Assert.True(change.Succeeded);
        Assert.Equal(5m, change.View.Donation);
        Assert.Equal(54m, change.View.Total);
        Assert.Equal(5m, shop.Vdm.Donations["cart-1"]);
        Assert.Contains("Peppered.AddToCart", shop.Vdm.Calls);
    }

    [Fact]
    public async Task An_amount_that_is_not_configured_is_refused_without_calling_VdM()
    {
        await AddAsync(2);
        shop.Vdm.Calls.Clear();

        var change = await Donations.SetAsync(7m, Ct);

        Assert.Equal(CartProblem.Rejected, change.Problem);
        Assert.Null(change.View.Donation);
        Assert.Empty(shop.Vdm.Donations);
        Assert.Empty(shop.Vdm.Calls);
    }

    [Fact]
    public async Task The_donation_can_be_changed_and_removed()
    {
        await AddAsync(2);
        await Donations.SetAsync(5m, Ct);

        var changed = await Donations.SetAsync(10m, Ct);

        Assert.Equal(10m, changed.View.Donation);
        Assert.Equal(10m, shop.Vdm.Donations["cart-1"]);
        Assert.Equal(59m, changed.View.Total);

        var removed = await Donations.SetAsync(null, Ct);

        Assert.True(removed.Succeeded);
        Assert.Null(removed.View.Donation);
        Assert.Empty(shop.Vdm.Donations);
        Assert.Equal(49m, removed.View.Total);
    }

    [Fact]
    public async Task No_donation_is_added_to_an_empty_cart()
    {
        var change = await Donations.SetAsync(5m, Ct);

        Assert.True(change.View.IsEmpty);
        Assert.Null(change.View.Donation);
        Assert.Empty(shop.Vdm.Donations);
    }

    [Fact]
    public async Task Renewing_the_hold_carries_the_donation_into_the_new_cart()
    {
        await AddAsync(2);
        await Donations.SetAsync(5m, Ct);

        var renewed = await visitor.Cart.RenewAsync(Ct);

        Assert.True(renewed.Succeeded);
        Assert.Equal(5m, renewed.View.Donation);
        Assert.Equal(5m, shop.Vdm.Donations["cart-2"]);
        Assert.False(shop.Vdm.Donations.ContainsKey("cart-1"));
        Assert.Empty(shop.Vdm.Public.LinesOf("cart-1"));
    }

    [Fact]
    public async Task Reserving_again_after_the_hold_lapsed_carries_the_donation()
    {
        await AddAsync(2);
        await Donations.SetAsync(5m, Ct);
        await shop.Vdm.Public.Empty("cart-1");
        shop.Vdm.Donations.Remove("cart-1");
        var expired = (await visitor.Cart.RefreshAsync(Ct)).View;
        Assert.True(expired.IsExpired);
        Assert.Null(expired.Donation);

        var reserved = await visitor.Cart.RenewAsync(Ct);

        Assert.True(reserved.Succeeded);
        Assert.Equal(2, reserved.View.Cart.Lines.Count);
        Assert.Equal(5m, reserved.View.Donation);
        Assert.Equal(5m, shop.Vdm.Donations["cart-2"]);
    }

    [Fact]
    public async Task A_donation_VdM_refuses_on_renewal_keeps_the_old_cart_and_releases_the_new_one()
    {
        await AddAsync(2);
        await Donations.SetAsync(5m, Ct);
        shop.Vdm.FailNextPepperedAdd = FakeVdmPublic.Error(503, "down");

        var renewed = await visitor.Cart.RenewAsync(Ct);

        Assert.Equal(CartProblem.Unavailable, renewed.Problem);
        Assert.Equal(2, shop.Vdm.Public.LinesOf("cart-1").Count);
        Assert.Equal(5m, shop.Vdm.Donations["cart-1"]);
        Assert.Empty(shop.Vdm.Public.LinesOf("cart-2"));
        Assert.Equal(5m, (await visitor.Cart.GetAsync(Ct)).Donation);
    }

    [Fact]
    public async Task Removing_the_last_ticket_takes_the_donation_out_so_nothing_can_be_ordered()
    {
        var cart = await AddAsync(1);
        await Donations.SetAsync(5m, Ct);

        var removed = await visitor.Cart.RemoveAsync(cart.Lines[0].SeatId, Ct);

        Assert.True(removed.View.IsEmpty);
        Assert.Null(removed.View.Donation);
        Assert.Empty(shop.Vdm.Donations);
        var order = await visitor.Checkout.PlaceOrderAsync(
            new Buyer { Email = "koper@example.nl", FirstName = "Kim", LastName = "de Koper" }, 33, new Uri("https://shop.example.nl/order/return"), Ct);
        Assert.Null(order.Order);
        Assert.Equal(OrderProblem.CartChanged, order.Problem);
        Assert.Empty(shop.Vdm.Public.OrderRequests);
    }

    [Fact]
    public async Task Retrying_an_unpaid_order_reserves_its_tickets_and_its_donation_again()
    {
        await AddAsync(2);
        await Donations.SetAsync(5m, Ct);
        var order = await visitor.Checkout.PlaceOrderAsync(
            new Buyer { Email = "koper@example.nl", FirstName = "Kim", LastName = "de Koper" }, 33, new Uri("https://shop.example.nl/order/return"), Ct);
        Assert.NotNull(order.Order);

        using var otherBrowser = shop.For("other-browser");
        var retry = await otherBrowser.Orders.RetryAsync(order.Order.OrderKey, Ct);

        Assert.NotNull(retry);
        Assert.True(retry.Succeeded);
        Assert.Equal(2, retry.View.Cart.Lines.Count);
        Assert.Equal(5m, retry.View.Donation);
        Assert.Equal(54m, retry.View.Total);
    }

    [Fact]
    public async Task New_tickets_after_a_lapsed_hold_start_without_the_old_donation()
    {
        await AddAsync(1);
        await Donations.SetAsync(5m, Ct);
        await shop.Vdm.Public.Empty("cart-1");
        await visitor.Cart.RefreshAsync(Ct);

        var change = await visitor.Cart.AddAsync(DemoCatalog.Performance, DemoCatalog.PerOrder, [new TicketRequest(DemoCatalog.Standard, 1)], Ct);

        Assert.True(change.Succeeded);
        Assert.Null(change.View.Donation);
        Assert.Empty(shop.Vdm.Donations);
    }

    [Fact]
    public async Task Ticket_changes_without_a_donation_make_no_Peppered_cart_calls()
    {
        var cart = await AddAsync(2);

        await visitor.Cart.RemoveAsync(cart.Lines[0].SeatId, Ct);
        await visitor.Cart.RemoveAsync(cart.Lines[1].SeatId, Ct);

        Assert.DoesNotContain(shop.Vdm.Calls, c => c is "Peppered.GetCart" or "Peppered.AddToCart" or "Peppered.RemoveCartItem");
    }

    [Theory]
    [InlineData(49, 5, 54)]
    [InlineData(54, 5, 54)]
    public void A_total_that_already_includes_the_donation_is_not_counted_twice(decimal vdmTotal, decimal donation, decimal expected)
    {
        var line = new HeldTicket { SeatId = "s1", EventId = DemoCatalog.Performance, Price = 49m };

        Assert.Equal(expected, CartView.TotalWith(new HeldCart([line], vdmTotal), donation));
    }

    public void Dispose()
    {
        visitor.Dispose();
        shop.Dispose();
    }

    private async Task<HeldCart> AddAsync(int standard)
    {
        var change = await visitor.Cart.AddAsync(DemoCatalog.Performance, DemoCatalog.PerOrder, [new TicketRequest(DemoCatalog.Standard, standard)], Ct);
        Assert.True(change.Succeeded);
        return change.View.Cart;
    }
}
