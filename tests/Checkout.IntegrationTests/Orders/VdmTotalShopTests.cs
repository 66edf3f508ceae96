using System.Net.Http.Json;
using System.Text.Json;
using Checkout.IntegrationTests.Infrastructure;
using Checkout.IntegrationTests.Security;
using Checkout.Sandbox;
using Checkout.Web.Features.Cart;

namespace Checkout.IntegrationTests.Orders;

/// <summary>
/// The total the cart and checkout pages show (<see cref="CartView.Total"/>, <c>CartView.TotalWith</c>) is VdM's
/// <c>totalprice</c> from the sandbox's totals cases: the group discount of performance 1091 and the single rounding
/// of 1092, where the seat prices sum to something else.
/// </summary>
public sealed class VdmTotalShopTests(CheckoutWebFactory app) : IClassFixture<CheckoutWebFactory>
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Four_tickets_of_1091_cost_vdms_group_total_not_four_seat_prices()
    {
        using var browser = new ShopBrowser(app);
        var buyer = new ShopBuyer(app, browser);

        var change = await buyer.AddAsync(SandboxDemoIds.GroupDiscount, await DiscountIdAsync(browser, SandboxDemoIds.GroupDiscount, "Standaard"), 4);

        Assert.True(change.Succeeded);
        Assert.Equal(90.00m, change.View.Cart.Lines.Sum(l => l.Price));
        Assert.Equal(81.00m, change.View.Total);
        Assert.Equal(81.00m, (await buyer.CartAsync()).Total);
    }

    [Fact]
    public async Task Three_stadspas_tickets_of_1092_cost_the_total_vdm_rounded_once()
    {
        using var browser = new ShopBrowser(app);
        var buyer = new ShopBuyer(app, browser);

        var change = await buyer.AddAsync(SandboxDemoIds.RoundedTotal, await DiscountIdAsync(browser, SandboxDemoIds.RoundedTotal, "Stadspas"), 3);

        Assert.Equal(55.14m, change.View.Cart.Lines.Sum(l => l.Price));
        Assert.Equal(55.13m, change.View.Total);
    }

    private static async Task<string> DiscountIdAsync(ShopBrowser browser, int performance, string name)
    {
        var types = await browser.Http.GetFromJsonAsync<JsonElement>($"/sandbox/v1/demo/tickettypes/{performance}", Ct);
        return types.EnumerateArray().First(t => t.GetProperty("discount_name").GetString() == name).GetProperty("discount_id").GetString()!;
    }
}
