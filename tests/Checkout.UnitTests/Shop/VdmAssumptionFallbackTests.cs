using Checkout.Tests.Shared.Fakes;
using Checkout.Web.Features.Cart;

namespace Checkout.UnitTests.Shop;

/// <summary>
/// What the shop does when VdM does not behave as docs/vdm-assumptions.md assumes: a public cart Peppered does not
/// know (configured hold, no donation), and a cart id VdM forgot after its hold (one fresh cart, then "try again").
/// </summary>
public sealed class VdmAssumptionFallbackTests : IDisposable
{
    private readonly ShopHarness shop = new();
    private readonly ShopHarness.Visitor visitor;

    public VdmAssumptionFallbackTests() => visitor = shop.For("visitor-1");

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task A_cart_peppered_does_not_know_holds_for_the_configured_minutes_and_offers_no_donation()
    {
        shop.Vdm.PepperedCartTimeOut = shop.Clock.GetUtcNow().AddMinutes(40);
        shop.Vdm.PepperedCartsUnknown = true;

        var change = await visitor.Cart.AddAsync(DemoCatalog.Performance, DemoCatalog.PerOrder, [new TicketRequest(DemoCatalog.Standard, 2)], Ct);

        Assert.True(change.Succeeded);
        Assert.Equal(shop.Clock.GetUtcNow().AddMinutes(15), change.View.Hold.ExpiresAt);
        Assert.False(change.View.DonationsOffered);
        Assert.False((await visitor.Cart.GetAsync(Ct)).DonationsOffered);
    }

    [Fact]
    public async Task A_cart_peppered_knows_keeps_its_own_hold_and_the_donation_offer()
    {
        shop.Vdm.PepperedCartTimeOut = shop.Clock.GetUtcNow().AddMinutes(40);

        var change = await visitor.Cart.AddAsync(DemoCatalog.Performance, DemoCatalog.PerOrder, [new TicketRequest(DemoCatalog.Standard, 2)], Ct);

        Assert.Equal(shop.Clock.GetUtcNow().AddMinutes(40), change.View.Hold.ExpiresAt);
        Assert.True(change.View.DonationsOffered);
    }

    [Fact]
    public async Task A_cart_vdm_forgot_after_its_hold_is_replaced_by_a_fresh_cart_once()
    {
        await visitor.Cart.AddAsync(DemoCatalog.Performance, DemoCatalog.PerOrder, [new TicketRequest(DemoCatalog.Standard, 1)], Ct);
        shop.Vdm.Public.Forget("cart-1");
        shop.Vdm.Calls.Clear();

        var change = await visitor.Cart.AddAsync(DemoCatalog.Performance, DemoCatalog.PerOrder, [new TicketRequest(DemoCatalog.Cjp, 2)], Ct);

        Assert.True(change.Succeeded);
        Assert.Equal(["AddTickets", "GetCart", "CreateCart", "AddTickets"], shop.Vdm.Calls);
        Assert.Equal(2, change.View.Cart.Lines.Count);
        Assert.All(change.View.Cart.Lines, l => Assert.Equal(DemoCatalog.Cjp, l.DiscountId));
        Assert.Equal(2, shop.Vdm.Public.LinesOf("cart-2").Count);
    }

    [Fact]
    public async Task A_second_gone_cart_asks_to_try_again_and_loses_nothing()
    {
        await visitor.Cart.AddAsync(DemoCatalog.Performance, DemoCatalog.PerOrder, [new TicketRequest(DemoCatalog.Standard, 1)], Ct);
        shop.Vdm.Public.Forget("cart-1");
        shop.Vdm.Public.ForgetNewCarts = true;

        var change = await visitor.Cart.AddAsync(DemoCatalog.Performance, DemoCatalog.PerOrder, [new TicketRequest(DemoCatalog.Cjp, 2)], Ct);

        Assert.Equal(CartProblem.Unavailable, change.Problem);
        Assert.Equal(2, shop.Vdm.Calls.Count(c => c == "CreateCart"));
        Assert.Empty(change.View.Cart.Lines);
    }

    [Fact]
    public async Task A_404_on_a_cart_vdm_still_knows_stays_not_for_sale()
    {
        await visitor.Cart.AddAsync(DemoCatalog.Performance, DemoCatalog.PerOrder, [new TicketRequest(DemoCatalog.Standard, 1)], Ct);
        shop.Vdm.Public.Fail("AddTickets", () => FakeVdmPublic.Error(404, "sub_event not found"), once: true);

        var change = await visitor.Cart.AddAsync(DemoCatalog.Performance, DemoCatalog.PerOrder, [new TicketRequest(DemoCatalog.Cjp, 1)], Ct);

        Assert.Equal(CartProblem.NotForSale, change.Problem);
        Assert.Equal(1, shop.Vdm.Calls.Count(c => c == "CreateCart"));
        Assert.Single(change.View.Cart.Lines);
    }

    public void Dispose()
    {
        visitor.Dispose();
        shop.Dispose();
    }
}
