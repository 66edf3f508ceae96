using Checkout.IntegrationTests.Infrastructure;
using Checkout.Sandbox;
using Checkout.Sandbox.Data;
using Checkout.VoordeMensen;
using Checkout.Web.Features.Cart;
using Checkout.Web.Features.Purchase;
using Checkout.Web.Shell.Clients;
using Checkout.Web.Shell.Visitors;
using Microsoft.Extensions.DependencyInjection;

namespace Checkout.IntegrationTests.Orders;

/// <summary>A purchase with a donation through the shop's services against the embedded sandbox over real HTTP.</summary>
public sealed class DonationOrderTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task The_order_VdM_creates_includes_the_donation_and_matches_the_shown_total()
    {
        using var app = new CheckoutWebFactory();
        await using var scope = app.Services.CreateAsyncScope();
        var services = scope.ServiceProvider;
        services.GetRequiredService<CurrentClient>().Set(ClientKeys.Default);
        services.GetRequiredService<CurrentVisitor>().Set("donor-visitor");
        var performance = SandboxDemoIds.MultiPerformanceFirst;
        var types = await services.GetRequiredService<IVoordeMensenClients>().For(ClientKeys.Default).Public.GetTicketTypesAsync(performance, Ct);

        var added = await services.GetRequiredService<CartService>().AddAsync(performance, 10, [new TicketRequest(types[0].DiscountId, 2)], Ct);
        Assert.True(added.Succeeded);
        var donated = await services.GetRequiredService<DonationService>().SetAsync(5m, Ct);
        Assert.True(donated.Succeeded);
        var shown = (await services.GetRequiredService<CartService>().RefreshAsync(Ct)).View.Total;
        var placed = await services.GetRequiredService<CheckoutService>().PlaceOrderAsync(
            new Buyer { Email = "koper@example.nl", FirstName = "Kim", LastName = "de Koper" },
            SandboxDemoIds.Ideal, new Uri("https://shop.example.nl/order/return"), Ct);

        var order = placed.Order ?? throw new InvalidOperationException($"{placed.Problem}: {placed.Message}");
        using var store = app.Services.GetRequiredService<SandboxStore>().Enter(SandboxDemoIds.DemoClient);
        var atVdm = store.Venue.Orders[order.OrderKey];
        Assert.Equal(5m, atVdm.Donation);
        Assert.Equal(2, atVdm.Lines.Count);
        Assert.Equal(atVdm.Lines.Sum(l => l.Price) + 5m, atVdm.Amount);
        Assert.Equal(atVdm.Amount, shown);
    }
}
