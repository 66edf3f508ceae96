using Checkout.Sandbox;
using Checkout.VoordeMensen.Public;

namespace Checkout.IntegrationTests.Sandbox;

/// <summary>The client library maps VdM's own totals, never a sum of the lines, through the real pipeline against the sandbox.</summary>
public sealed class LibraryTotalsOnSandboxTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task The_cart_total_is_vdms_totalprice_with_the_group_discount()
    {
        await using var sandbox = await SandboxHost.StartAsync();
        await using var library = LibraryOnSandbox.For(sandbox);
        var vdm = library.Demo;
        var standaard = (await vdm.Public.GetTicketTypesAsync(SandboxDemoIds.GroupDiscount, Ct)).First(t => t.Name == "Standaard");
        var cartId = await vdm.Public.CreateCartAsync(Ct);

        var cart = await vdm.Public.AddTicketsAsync(cartId, SandboxDemoIds.GroupDiscount, standaard.DiscountId, 4, Ct);

        Assert.Equal(90.00m, cart.Lines.Sum(l => l.Price));
        Assert.Equal(81.00m, cart.Total);
        Assert.Equal(81.00m, (await vdm.Public.GetCartAsync(cartId, Ct)).Total);
        Assert.Equal(81.00m, (await vdm.Peppered.GetCartAsync(cartId, Ct)).Amount);
    }

    [Fact]
    public async Task The_cart_total_is_vdms_rounded_total()
    {
        await using var sandbox = await SandboxHost.StartAsync();
        await using var library = LibraryOnSandbox.For(sandbox);
        var vdm = library.Demo;
        var stadspas = (await vdm.Public.GetTicketTypesAsync(SandboxDemoIds.RoundedTotal, Ct)).Single(t => t.Name == "Stadspas");
        var cartId = await vdm.Public.CreateCartAsync(Ct);

        var cart = await vdm.Public.AddTicketsAsync(cartId, SandboxDemoIds.RoundedTotal, stadspas.DiscountId, 2, Ct);

        Assert.Equal(18.38m, stadspas.Price);
        Assert.Equal(36.76m, cart.Lines.Sum(l => l.Price));
        Assert.Equal(36.75m, cart.Total);
    }

    [Fact]
    public async Task The_order_amount_is_vdms_total_with_the_order_level_discount()
    {
        await using var sandbox = await SandboxHost.StartAsync();
        await using var library = LibraryOnSandbox.For(sandbox);
        var vdm = library.Demo;
        var standaard = (await vdm.Public.GetTicketTypesAsync(SandboxDemoIds.GroupDiscount, Ct)).First(t => t.Name == "Standaard");
        var cartId = await vdm.Public.CreateCartAsync(Ct);
        await vdm.Public.AddTicketsAsync(cartId, SandboxDemoIds.GroupDiscount, standaard.DiscountId, 5, Ct);

        var created = await vdm.Public.CreateOrderAsync(new OrderRequest(cartId, SandboxDemoIds.Ideal, new Uri("https://shop.example.nl/return"),
            new BuyerDetails { Email = "groep@example.nl", FirstName = "Gerda", LastName = "Groep" }), Ct);

        var order = (await vdm.Peppered.GetOrdersAsync(SandboxHost.Start.AddMinutes(-1), Ct)).Single(o => o.OrderKey == created.OrderKey);
        Assert.Equal(101.25m, order.Amount);
        Assert.Equal("Groepskorting", order.DiscountName);
    }
}
