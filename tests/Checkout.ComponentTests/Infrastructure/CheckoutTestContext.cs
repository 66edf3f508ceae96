using System.Globalization;
using Bunit;
using Checkout.Web.Shell.Branding;
using Checkout.Tests.Shared.Fakes;
using Checkout.VoordeMensen;
using Checkout.VoordeMensen.Halls;
using Checkout.VoordeMensen.Orders;
using Checkout.Web.Shell.Clients;
using Checkout.Web.Shell.Embedding;
using Checkout.Web.Shell.Visitors;
using Checkout.Web.Features;
using Checkout.Web.Features.Customers;
using Microsoft.Extensions.Time.Testing;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging.Abstractions;
using MudBlazor.Services;

namespace Checkout.ComponentTests.Infrastructure;

/// <summary>
/// The one shared bUnit context: MudBlazor services, loose JS interop, real resx localization and the repository's
/// demo settings (appsettings.json and its Development overlay) as client configuration, with the current client and a
/// visitor resolved. The shop services run for real over <see cref="Vdm"/>, an in-memory VdM seeded with
/// <see cref="DemoCatalog"/>; time is <see cref="Clock"/>.
/// </summary>
public abstract class CheckoutTestContext : BunitContext
{
    private readonly CultureInfo originalCulture = CultureInfo.CurrentUICulture;

    protected CheckoutTestContext(string clientKey = ClientKeys.Default, string culture = "nl")
    {
        CultureInfo.CurrentCulture = CultureInfo.CurrentUICulture = new CultureInfo(culture);
        JSInterop.Mode = JSRuntimeMode.Loose;

        var configuration = new ConfigurationBuilder().AddDemoSettings().Build();
        Services.AddSingleton<IConfiguration>(configuration);
        Services.AddSingleton<TimeProvider>(Clock);
        Services.AddMudServices();
        Services.AddLocalization(o => o.ResourcesPath = "Resources");
        Services.AddHttpContextAccessor();
        Services.AddSingleton<IWebHostEnvironment>(new DirectoryWebHostEnvironment(RepositoryRoot.Path));
        Services.AddOptions<ClientSettings>(ClientKeys.Default).Configure(s => configuration.GetSection("Brand").Bind(s.Brand));
        foreach (var key in configuration.GetSection("Clients").GetChildren())
        {
            Services.AddOptions<ClientSettings>(key.Key).Bind(key);
        }

        Services.AddSingleton<ClientRegistry>();
        Services.AddScoped<CurrentClient>();
        Services.AddSingleton<BrandThemes>();
        Services.AddLogging();
        Services.AddCheckoutShop();
        // The host's page cache, which what the seat page learns evicts.
        Services.AddOutputCache();
        Services.AddCheckoutCustomers(configuration);
        Services.AddCheckoutEmbedding();
        Services.AddSingleton<IVoordeMensenClients>(Vdm);
        Services.AddSingleton<IVoordeMensenHalls>(new VoordeMensenHalls(Vdm, NullLogger<VoordeMensenHalls>.Instance));
        Services.AddSingleton<IVoordeMensenOrderDocuments>(new VoordeMensenOrderDocuments(Vdm, new FakeTicketHost()));
        Services.AddSingleton<IVoordeMensenOrders>(new VoordeMensenOrders(Vdm, Clock, NullLogger<VoordeMensenOrders>.Instance));
        Renderer.SetRendererInfo(new Microsoft.AspNetCore.Components.RendererInfo("Server", isInteractive: true));
        Services.GetRequiredService<CurrentClient>().Set(clientKey);
        Services.GetRequiredService<CurrentVisitor>().Set(VisitorId);
    }

    public const string VisitorId = "test-visitor";

    /// <summary>The in-memory VdM behind every shop service (Peppered off unless its cart time-out is set).</summary>
    protected FakeVdm Vdm { get; } = new FakeVdm().Seed();

    /// <summary>Starts at <see cref="DemoCatalog.Start"/> minus 30 days.</summary>
    protected FakeTimeProvider Clock { get; } = new(DemoCatalog.Start.AddDays(-30));

    protected ClientSettings Client => Services.GetRequiredService<CurrentClient>().Settings;

    protected override void Dispose(bool disposing)
    {
        CultureInfo.CurrentCulture = CultureInfo.CurrentUICulture = originalCulture;
        base.Dispose(disposing);
    }
}
