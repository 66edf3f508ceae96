using System.Globalization;
using Bunit;
using Checkout.Web.Features.Branding;
using Checkout.Web.Features.Clients;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using MudBlazor.Services;

namespace Checkout.ComponentTests.Infrastructure;

/// <summary>
/// The one shared bUnit context: MudBlazor services, loose JS interop, real resx localization and the repository's
/// appsettings.json as client configuration, with the current client resolved.
/// </summary>
public abstract class CheckoutTestContext : BunitContext
{
    private readonly CultureInfo originalCulture = CultureInfo.CurrentUICulture;

    protected CheckoutTestContext(string clientKey = ClientKeys.Default, string culture = "nl")
    {
        CultureInfo.CurrentCulture = CultureInfo.CurrentUICulture = new CultureInfo(culture);
        JSInterop.Mode = JSRuntimeMode.Loose;

        var configuration = new ConfigurationBuilder()
            .AddJsonFile(Path.Combine(RepositoryRoot.Path, "appsettings.json"))
            .Build();
        Services.AddSingleton<IConfiguration>(configuration);
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
        Renderer.SetRendererInfo(new Microsoft.AspNetCore.Components.RendererInfo("Server", isInteractive: true));
        Services.GetRequiredService<CurrentClient>().Set(clientKey);
    }

    protected ClientSettings Client => Services.GetRequiredService<CurrentClient>().Settings;

    protected override void Dispose(bool disposing)
    {
        CultureInfo.CurrentCulture = CultureInfo.CurrentUICulture = originalCulture;
        base.Dispose(disposing);
    }
}
