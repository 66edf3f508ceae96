using System.Net;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace Checkout.E2ETests.Infrastructure;

/// <summary>
/// Hosts Checkout.Web on a real Kestrel port on 127.0.0.1 (a browser cannot reach the in-memory TestServer),
/// with the repository root as content root so the app sees the real appsettings.json and wwwroot/.
/// Use it as an assembly, collection or class fixture; derive from it (or call <see cref="StartAsync"/>)
/// to run the app with configuration overrides.
/// </summary>
public class CheckoutAppFixture : WebApplicationFactory<Program>, IAsyncLifetime
{
    public const string DefaultEnvironment = "Development";

    /// <summary>
    /// Every browser of the suite comes from 127.0.0.1 and the assembly's app serves them all: counted per address, the
    /// whole suite would be one hoarder. Tests about those limits set their own values.
    /// </summary>
    private static readonly Dictionary<string, string?> SuiteDefaults = new()
    {
        ["Shop:MaxSeatsPerAddress"] = "100000",
        ["Clients:fringe:Shop:MaxSeatsPerAddress"] = "100000",
        ["Security:RateLimits:StatusLookupsPerAddress"] = "10000",
    };

    private readonly IReadOnlyDictionary<string, string?> settings;
    private readonly string environment;
    private readonly int port;
    private readonly Action<IServiceCollection>? services;
    private Uri? baseAddress;

    public CheckoutAppFixture()
        : this(new Dictionary<string, string?>())
    {
    }

    /// <param name="settings">Configuration overrides ("Section:Key" → value); they win over every other source.</param>
    /// <param name="environment">The hosting environment name.</param>
    /// <param name="port">The loopback port to listen on; 0 picks a free one (a restart passes the old one).</param>
    /// <param name="services">Service replacements applied after the app's own (e.g. a clock tests can move).</param>
    protected CheckoutAppFixture(
        IReadOnlyDictionary<string, string?> settings, string environment = DefaultEnvironment, int port = 0, Action<IServiceCollection>? services = null)
    {
        this.settings = settings;
        this.environment = environment;
        this.port = port;
        this.services = services;
    }

    /// <summary>Root URL of the running app, e.g. http://127.0.0.1:41234/ (available once initialized).</summary>
    public Uri BaseAddress =>
        baseAddress ?? throw new InvalidOperationException("The app is not started; the fixture was not initialized.");

    /// <summary>The running app's configuration, with all overrides applied.</summary>
    public IConfiguration Configuration => Services.GetRequiredService<IConfiguration>();

    /// <summary>Starts a one-off app, for a test that needs its own configuration. Dispose it after the test.</summary>
    public static async Task<CheckoutAppFixture> StartAsync(
        IReadOnlyDictionary<string, string?> settings, string environment = DefaultEnvironment, int port = 0, Action<IServiceCollection>? services = null)
    {
        var app = new CheckoutAppFixture(settings, environment, port, services);
        try
        {
            await app.InitializeAsync();
            return app;
        }
        catch
        {
            await app.DisposeAsync();
            throw;
        }
    }

    public ValueTask InitializeAsync()
    {
        UseKestrel(options => options.Listen(IPAddress.Loopback, port));
        StartServer();
        baseAddress = ResolveBaseAddress();
        return ValueTask.CompletedTask;
    }

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseContentRoot(RepositoryRoot.Path);
        builder.UseEnvironment(environment);

        // Host settings reach the app as command-line arguments, so Program sees them while it is still
        // composing services; the in-memory source added last also beats anything the app adds itself.
        foreach (var (key, value) in SuiteDefaults.Where(d => !settings.ContainsKey(d.Key)).Concat(settings))
        {
            builder.UseSetting(key, value);
        }

        builder.ConfigureAppConfiguration(config => config.AddInMemoryCollection(SuiteDefaults).AddInMemoryCollection(settings));
        if (services is not null)
        {
            builder.ConfigureServices(services);
        }
    }

    private Uri ResolveBaseAddress()
    {
        var addresses = Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()?.Addresses;
        var address = addresses?.FirstOrDefault()
            ?? throw new InvalidOperationException("Kestrel started without reporting a listening address.");
        return new Uri(address.TrimEnd('/') + "/");
    }
}
