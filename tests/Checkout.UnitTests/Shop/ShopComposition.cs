using Checkout.Tests.Shared.Fakes;
using Checkout.VoordeMensen;
using Checkout.VoordeMensen.Halls;
using Checkout.VoordeMensen.Orders;
using Checkout.Web.Shell.Clients;
using Checkout.Web.Shell.Security;
using Checkout.Web.Features;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging.Abstractions;

namespace Checkout.UnitTests.Shop;

/// <summary>The shop services as the app composes them for the default client, over the in-memory VdM.</summary>
internal static class ShopComposition
{
    /// <summary>The repository's demo settings with <paramref name="overrides"/> on top.</summary>
    public static IConfiguration Configuration(IReadOnlyDictionary<string, string?> overrides) =>
        new ConfigurationBuilder()
            .AddDemoSettings()
            .AddInMemoryCollection(overrides)
            .Build();

    public static ServiceCollection Services(IConfiguration configuration, FakeVdm vdm, TimeProvider clock)
    {
        var services = new ServiceCollection();
        services.AddSingleton(configuration);
        services.AddSingleton<IWebHostEnvironment>(new DirectoryWebHostEnvironment(RepositoryRoot.Path));
        services.AddSingleton(clock);
        services.AddLogging();
        services.AddLocalization(o => o.ResourcesPath = "Resources");
        services.AddHttpContextAccessor();
        services.AddOptions<ClientSettings>(ClientKeys.Default).Configure(s =>
        {
            configuration.GetSection("Brand").Bind(s.Brand);
            configuration.GetSection("Shop").Bind(s.Shop);
        });
        services.AddSingleton<ClientRegistry>();
        services.AddScoped<CurrentClient>();
        services.AddCheckoutShop();
        services.Configure<AbuseLimits>(configuration.GetSection(AbuseLimits.Section));
        services.AddSingleton<IVoordeMensenClients>(vdm);
        services.AddSingleton<IVoordeMensenHalls>(new VoordeMensenHalls(vdm, NullLogger<VoordeMensenHalls>.Instance));
        services.AddSingleton<IVoordeMensenOrderDocuments>(new VoordeMensenOrderDocuments(vdm, new FakeTicketHost()));
        services.AddSingleton<IVoordeMensenOrders>(new VoordeMensenOrders(vdm, clock, NullLogger<VoordeMensenOrders>.Instance));
        return services;
    }
}
