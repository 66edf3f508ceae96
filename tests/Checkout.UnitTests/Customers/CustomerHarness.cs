using System.Text.RegularExpressions;
using Checkout.Tests.Shared.Fakes;
using Checkout.VoordeMensen.Peppered;
using Checkout.Web.Shell.Clients;
using Checkout.Web.Features.Customers;
using Checkout.Web.Shell.Visitors;
using Checkout.UnitTests.Shop;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;

namespace Checkout.UnitTests.Customers;

/// <summary>
/// The identified-checkout services as the app composes them, over the in-memory VdM with Peppered on and the
/// sandbox's customer 801; mails are taken from the outbox instead of being delivered.
/// </summary>
public sealed partial class CustomerHarness : IDisposable
{
    public const string Secret = "unit-test-identity-secret-0123456789abcdef";
    public const string KnownEmail = "visitor@example.com";
    public const int KnownId = 801;

    private readonly ServiceProvider provider;

    public CustomerHarness(Action<Dictionary<string, string?>>? settings = null)
    {
        var overrides = new Dictionary<string, string?> { ["Identity:Secret"] = Secret };
        settings?.Invoke(overrides);
        var configuration = ShopComposition.Configuration(overrides);
        var services = ShopComposition.Services(configuration, Vdm, Clock);
        services.AddCheckoutCustomers(configuration);
        provider = services.BuildServiceProvider();

        Vdm.PepperedCartTimeOut = Clock.GetUtcNow().AddMinutes(15);
        Vdm.Customers.Add(new Customer(KnownId, KnownEmail, "Jane", "Doe", new CustomerDetails
        {
            Preposition = "van", Address = "Kerkstraat", HouseNumber = "1", Zip = "1011 AB", City = "Amsterdam", Phone = "0612345678",
        }));
    }

    public FakeVdm Vdm { get; } = new FakeVdm().Seed();

    public FakeTimeProvider Clock { get; } = new(DemoCatalog.Start.AddDays(-30));

    /// <summary>The app's singletons (stores, counters, token validation).</summary>
    public IServiceProvider Services => provider;

    /// <summary>The services of one visitor (like one circuit) coming from <paramref name="ip"/>.</summary>
    public CustomerIdentityService For(string visitorId, string ip = "10.0.0.1")
    {
        var scope = provider.CreateScope();
        scope.ServiceProvider.GetRequiredService<CurrentClient>().Set(ClientKeys.Default);
        scope.ServiceProvider.GetRequiredService<CurrentVisitor>().Set(visitorId);
        scope.ServiceProvider.GetRequiredService<CurrentVisitor>().SetAddress(ip);
        return scope.ServiceProvider.GetRequiredService<CustomerIdentityService>();
    }

    /// <summary>Mails queued so far (taken out of the outbox).</summary>
    public List<OutgoingMail> TakeMails()
    {
        var mails = new List<OutgoingMail>();
        var reader = provider.GetRequiredService<MailOutbox>().Reader;
        while (reader.TryRead(out var mail))
        {
            mails.Add(mail);
        }

        return mails;
    }

    /// <summary>The code in the newest mail to <paramref name="to"/>.</summary>
    public string CodeFor(string to) => CodePattern().Match(TakeMails().Last(m => m.To == to).Subject).Value;

    public void Dispose() => provider.Dispose();

    [GeneratedRegex(@"\b\d{6}\b")]
    internal static partial Regex CodePattern();
}
