using Bunit;
using Checkout.Tests.Shared.Fakes;
using Checkout.Web.Components.Shared;
using Checkout.Web.Features.Cart;
using Checkout.Web.Features.Purchase;
using Microsoft.Extensions.DependencyInjection;

namespace Checkout.ComponentTests.Purchase;

/// <summary>
/// The cart and checkout pages show VdM's <c>totalprice</c> (plus the donation on the cart, plus the payment costs at
/// checkout), never the sum of the seat prices: VdM's cart here gives a group discount from four tickets, as the
/// sandbox's performance 1091 does, or rounds its total once, as 1092 does.
/// </summary>
public sealed class VdmTotalPagesTests : CheckoutPageTestBase
{
    /// <summary>Four tickets or more: 10 % off the total, not off the seat prices (4 × € 24,50 = € 98,00 → € 88,20).</summary>
    private static decimal GroupDiscount(IReadOnlyList<Checkout.VoordeMensen.Public.CartLine> lines) =>
        lines.Count >= 4 ? Math.Round(lines.Sum(l => l.Price) * 0.9m, 2) : lines.Sum(l => l.Price);

    private Task<CartChange> AddAsync(int tickets) =>
        Services.GetRequiredService<CartService>().AddAsync(DemoCatalog.Performance, DemoCatalog.PerOrder, [new TicketRequest(DemoCatalog.Standard, tickets)], Cancel);

    [Fact]
    public async Task The_cart_page_shows_vdms_discounted_total_not_the_sum_of_the_lines()
    {
        Vdm.Public.Pricing = GroupDiscount;
        await AddAsync(4);

        var page = Render<CartPage>();
        page.WaitForAssertion(() => Assert.Equal(4, page.FindAll("[data-testid=cart-line]").Count));

        Assert.Equal(Formats.Money(88.20m), page.Find("[data-testid=cart-total]").TextContent);
        Assert.All(page.FindAll("[data-testid=cart-line]"), l => Assert.Contains(Formats.Money(24.50m), l.TextContent, StringComparison.Ordinal));
    }

    [Fact]
    public async Task The_cart_page_adds_the_donation_to_vdms_total()
    {
        Vdm.Public.Pricing = GroupDiscount;
        Vdm.PepperedCartTimeOut = Clock.GetUtcNow().AddMinutes(15);
        Client.Shop.Donations.Amounts = [5m];
        await AddAsync(4);
        await Services.GetRequiredService<DonationService>().SetAsync(5m, Xunit.TestContext.Current.CancellationToken);

        var page = Render<CartPage>();

        page.WaitForAssertion(() => Assert.Equal(Formats.Money(93.20m), page.Find("[data-testid=cart-total]").TextContent));
    }

    [Fact]
    public async Task The_checkout_page_shows_vdms_total_plus_the_payment_costs()
    {
        Vdm.Public.Pricing = GroupDiscount;
        await AddAsync(4);
        var page = Render<CheckoutPage>();

        Assert.Equal(Formats.Money(88.20m), page.Find("[data-testid=checkout-subtotal]").TextContent);
        Assert.Equal(Formats.Money(88.20m), page.Find("[data-testid=checkout-total]").TextContent);
        var creditcard = page.Find("[data-payment-id='34'] input[type=radio]");
        Assert.Equal(Formats.Money(1.50m), creditcard.GetAttribute("data-cost"));
        Assert.Equal(Formats.Money(89.70m), creditcard.GetAttribute("data-total"));
        Assert.Contains(Formats.Money(89.70m), page.Find("[data-payment-id='34']").TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_total_rounded_once_is_shown_as_vdm_rounded_it()
    {
        // As 1092 does with three Stadspas seats (€ 18,375 each, shown as € 18,38): one rounding of the total, € 55,13.
        Vdm.Public.Pricing = lines => Math.Round(lines.Count * 18.375m, 2, MidpointRounding.AwayFromZero);
        await AddAsync(3);
        var page = Render<CheckoutPage>();

        Assert.Equal(Formats.Money(55.13m), page.Find("[data-testid=checkout-total]").TextContent);
    }
}
