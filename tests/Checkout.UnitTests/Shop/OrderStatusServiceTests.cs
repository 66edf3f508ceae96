using Checkout.Tests.Shared.Fakes;
using Checkout.Web.Features.Cart;
using Checkout.Web.Features.Purchase;

namespace Checkout.UnitTests.Shop;

public sealed class OrderStatusServiceTests : IDisposable
{
    private static readonly Buyer Buyer = new() { Email = "jane@example.nl", FirstName = "Jane", LastName = "Doe" };

    private readonly ShopHarness shop = new();

    private CancellationToken Ct => TestContext.Current.CancellationToken;

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("ab")]
    [InlineData("<script>alert(1)</script>")]
    [InlineData("../../admin/reset")]
    [InlineData("XgFca-QmBxG-9WhAj-Osszb-XgFca-QmBxG-9WhAj-Osszb-XgFca-QmBxG-9WhAj-Osszb")]
    public async Task Implausible_keys_are_not_found_without_asking_vdm(string? key)
    {
        using var visitor = shop.For("v");

        Assert.Null((await visitor.Orders.GetAsync(key, Ct)).Value);
        Assert.Empty(shop.Vdm.Calls);
    }

    [Fact]
    public async Task A_cancelled_order_is_retried_with_the_same_selection_by_another_visitor_too()
    {
        string key;
        using (var buyer = shop.For("buyer"))
        {
            await buyer.Cart.AddAsync(DemoCatalog.Performance, DemoCatalog.PerOrder, [new TicketRequest(DemoCatalog.Standard, 2), new TicketRequest(DemoCatalog.Cjp, 1)], Ct);
            key = (await buyer.Checkout.PlaceOrderAsync(Buyer, 33, new Uri("https://shop.test/order/return"), Ct)).Order!.OrderKey;
        }

        using var freshBrowser = shop.For("fresh-browser");
        var change = await freshBrowser.Orders.RetryAsync(key, Ct);

        Assert.NotNull(change);
        Assert.True(change.Succeeded);
        Assert.Equal(3, change.View.Cart.Lines.Count);
        Assert.Equal(3, (await freshBrowser.Cart.GetAsync(Ct)).Cart.Lines.Count);
    }

    [Fact]
    public async Task An_order_placed_elsewhere_cannot_be_retried_here()
    {
        using var visitor = shop.For("v");

        Assert.False(await visitor.Orders.CanRetryAsync("XgFca-QmBxG-9WhAj-Osszb", Ct));
        Assert.Null(await visitor.Orders.RetryAsync("XgFca-QmBxG-9WhAj-Osszb", Ct));
    }

    public void Dispose() => shop.Dispose();
}
