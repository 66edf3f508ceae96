using System.Net;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.Configuration;

namespace Checkout.IntegrationTests.Infrastructure;

/// <summary>
/// The real app on a loopback Kestrel port (the embedded sandbox is called over real HTTP on the app's own
/// address, which the in-memory test server does not have), with the repository root (or a copy of it) as content
/// root, the demo overlay (<see cref="DemoOverlay"/>) unless <see cref="Demo"/> is false, and optional configuration
/// overrides that win over both.
/// </summary>
public sealed class CheckoutWebFactory : WebApplicationFactory<Program>
{
    public CheckoutWebFactory() => UseKestrel(options => options.Listen(IPAddress.Loopback, 0));

    public string ContentRoot { get; init; } = RepositoryRoot.Path;

    public IReadOnlyDictionary<string, string?> Settings { get; init; } = new Dictionary<string, string?>();

    /// <summary>Production unless a test needs what only Development has (hot reload of static web assets).</summary>
    public string Environment { get; init; } = "Production";

    /// <summary>
    /// True: the demo's two venues and fixed sandbox keys on top of appsettings.json, as Development has them. False:
    /// appsettings.json alone, the image an operator runs.
    /// </summary>
    public bool Demo { get; init; } = true;

    /// <summary>Extra services for the app (e.g. a Serilog sink that captures every log event).</summary>
    public Action<Microsoft.Extensions.DependencyInjection.IServiceCollection>? ExtraServices { get; init; }

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseContentRoot(ContentRoot);
        builder.UseEnvironment(Environment);
        var settings = Demo ? DemoOverlay.Settings(ContentRoot) : [];
        foreach (var (key, value) in Settings)
        {
            settings[key] = value;
        }

        // Host settings reach Program while it is still composing services (e.g. Redis:Configuration decides which
        // cache is registered); the in-memory source added last also beats anything the app adds itself.
        foreach (var (key, value) in settings)
        {
            builder.UseSetting(key, value);
        }

        builder.ConfigureAppConfiguration(config => config.AddInMemoryCollection(settings));
        if (ExtraServices is { } services)
        {
            builder.ConfigureServices(services);
        }
    }
}
