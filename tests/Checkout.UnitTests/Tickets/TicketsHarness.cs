using Checkout.Tests.Shared.Fakes;
using Checkout.UnitTests.Shop;
using Checkout.Web.Features.Customers;
using Checkout.Web.Shell.Clients;
using Checkout.Web.Shell.Visitors;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;

namespace Checkout.UnitTests.Tickets;

/// <summary>The shop and identified-checkout services as the app composes them, over the in-memory VdM (Peppered on unless asked).</summary>
public sealed class TicketsHarness : IDisposable
{
    private readonly ServiceProvider provider;

    public TicketsHarness(bool peppered = true, Action<Dictionary<string, string?>>? settings = null)
    {
        var overrides = new Dictionary<string, string?>();
        settings?.Invoke(overrides);
        var configuration = ShopComposition.Configuration(overrides);
        var services = ShopComposition.Services(configuration, Vdm, Clock);
        services.AddCheckoutCustomers(configuration);
        provider = services.BuildServiceProvider();
        if (peppered)
        {
            Vdm.PepperedCartTimeOut = Clock.GetUtcNow().AddMinutes(15);
        }
    }

    public FakeVdm Vdm { get; } = new FakeVdm().Seed();

    public FakeTimeProvider Clock { get; } = new(DemoCatalog.Start.AddDays(-30));

    /// <summary>The app's singletons.</summary>
    public IServiceProvider Services => provider;

    /// <summary>The services of one visitor (a scope, like one circuit or request).</summary>
    public IServiceProvider For(string visitorId)
    {
        var scope = provider.CreateScope();
        scope.ServiceProvider.GetRequiredService<CurrentClient>().Set(ClientKeys.Default);
        scope.ServiceProvider.GetRequiredService<CurrentVisitor>().Set(visitorId);
        return scope.ServiceProvider;
    }

    /// <summary>Stores <paramref name="visitorId"/> as verified for <paramref name="email"/> (customer <paramref name="customerId"/>).</summary>
    public Task VerifyAsync(string visitorId, string email, int? customerId) =>
        provider.GetRequiredService<VerifiedIdentityStore>().SaveAsync(
            new ShopVisitor(ClientKeys.Default, visitorId, null), new VerifiedIdentity(email, customerId, null, Clock.GetUtcNow()), CancellationToken.None);

    public void Dispose() => provider.Dispose();
}
