using Checkout.Tests.Shared.Fakes;
using Checkout.Web.Features.Cart;
using Checkout.Web.Features.Purchase;
using Checkout.Web.Shell.Clients;
using Checkout.Web.Features.Orders;
using Checkout.Web.Shell.Visitors;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;

namespace Checkout.UnitTests.Shop;

/// <summary>
/// The shop services as the app composes them, over the in-memory VdM, for one client; <see cref="For"/> gives the
/// services of one visitor (a scope, like one circuit or request).
/// </summary>
public sealed class ShopHarness : IDisposable
{
    private readonly ServiceProvider provider;

    public ShopHarness(Action<Dictionary<string, string?>>? settings = null)
    {
        var overrides = new Dictionary<string, string?>();
        settings?.Invoke(overrides);
        provider = ShopComposition.Services(ShopComposition.Configuration(overrides), Vdm, Clock).BuildServiceProvider();
    }

    public FakeVdm Vdm { get; } = new FakeVdm().Seed();

    public FakeTimeProvider Clock { get; } = new(DemoCatalog.Start.AddDays(-30));

    public Visitor For(string visitorId)
    {
        var scope = provider.CreateScope();
        scope.ServiceProvider.GetRequiredService<CurrentClient>().Set(ClientKeys.Default);
        scope.ServiceProvider.GetRequiredService<CurrentVisitor>().Set(visitorId);
        return new Visitor(scope);
    }

    public void Dispose() => provider.Dispose();

    public sealed class Visitor(IServiceScope scope) : IDisposable
    {
        public CartService Cart => scope.ServiceProvider.GetRequiredService<CartService>();

        public CheckoutService Checkout => scope.ServiceProvider.GetRequiredService<CheckoutService>();

        public OrderStatusService Orders => scope.ServiceProvider.GetRequiredService<OrderStatusService>();

        public DonationService Donations => scope.ServiceProvider.GetRequiredService<DonationService>();

        public void Dispose() => scope.Dispose();
    }
}
