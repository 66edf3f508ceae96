using System.Collections.Concurrent;
using Checkout.IntegrationTests.Infrastructure;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Logging;

namespace Checkout.IntegrationTests.Operations;

/// <summary>How the stub answers: as VdM for a known client, 404 for every client, or 401 to the Peppered key.</summary>
public enum StubVdmMode
{
    Healthy,
    UnknownClient,
    KeyRefused,
}

/// <summary>
/// A VdM on a loopback port for the operations tests: an event list and payment methods per <see cref="Mode"/>, each
/// request counted by path. <see cref="Slow"/> holds every answer back so concurrent probes meet an in-flight check.
/// </summary>
public sealed class StubVdm : IAsyncDisposable
{
    public const string Key = "stub-peppered-key-7731";

    private readonly WebApplication app;

    private StubVdm(WebApplication app) => this.app = app;

    public StubVdmMode Mode { get; set; }

    public TimeSpan Slow { get; set; }

    /// <summary>http://127.0.0.1:{port}/</summary>
    public string Root => app.Urls.Single() + "/";

    public ConcurrentQueue<string> Paths { get; } = new();

    public int Calls(string pathEnd) => Paths.Count(p => p.EndsWith(pathEnd, StringComparison.Ordinal));

    /// <summary>A port nothing listens on: VdM is down.</summary>
    public static string DownRoot => $"http://127.0.0.1:{LoopbackPort.Free()}/";

    public static async Task<StubVdm> StartAsync(StubVdmMode mode = StubVdmMode.Healthy)
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        var app = builder.Build();
        var stub = new StubVdm(app) { Mode = mode };
        app.Run(stub.AnswerAsync);
        await app.StartAsync(TestContext.Current.CancellationToken);
        return stub;
    }

    private async Task AnswerAsync(HttpContext http)
    {
        var path = http.Request.Path.Value ?? "";
        Paths.Enqueue(path);
        await Task.Delay(Slow);
        http.Response.ContentType = "application/json";
        if (Mode == StubVdmMode.UnknownClient && path.Contains("/events", StringComparison.Ordinal))
        {
            http.Response.StatusCode = StatusCodes.Status404NotFound;
            await http.Response.WriteAsync("""{"message":"Client not found"}""");
        }
        else if (path.EndsWith("/peppered/paymentmethods", StringComparison.Ordinal))
        {
            var accepted = Mode != StubVdmMode.KeyRefused && http.Request.Headers.Authorization == Key;
            http.Response.StatusCode = accepted ? StatusCodes.Status200OK : StatusCodes.Status401Unauthorized;
            await http.Response.WriteAsync(accepted ? """[{"paymentMethodId":1,"name":"iDEAL","fee":0.00}]""" : """{"message":"Unauthenticated."}""");
        }
        else
        {
            await http.Response.WriteAsync("[]");
        }
    }

    /// <summary>
    /// Whether the app as <see cref="CheckoutWebFactory"/> starts it (appsettings.json and the demo overlay) has the
    /// demo's second client (it inherits the default's base URL).
    /// </summary>
    public static bool HasFringeClient { get; } = new ConfigurationBuilder()
        .AddJsonFile(Path.Combine(RepositoryRoot.Path, "appsettings.json"))
        .AddInMemoryCollection(DemoOverlay.Settings(RepositoryRoot.Path)).Build().GetSection("Clients:fringe").Exists();

    /// <summary>
    /// The default client (and fringe where configured, so no sandbox is left) on this stub with its key. With
    /// <paramref name="demo"/> false the settings are for appsettings.json alone (the check command as an operator runs it).
    /// </summary>
    public static Dictionary<string, string?> Settings(string root, bool demo = true)
    {
        var settings = new Dictionary<string, string?>
        {
            ["VoordeMensen:BaseUrl"] = root,
            ["VoordeMensen:Client"] = "stubvenue",
            ["VoordeMensen:ApiKey"] = Key,
        };
        if (demo && HasFringeClient)
        {
            settings["Clients:fringe:VoordeMensen:BaseUrl"] = root;
            settings["Clients:fringe:VoordeMensen:ApiKey"] = Key;
        }

        return settings;
    }

    public async ValueTask DisposeAsync()
    {
        await app.StopAsync();
        await app.DisposeAsync();
    }
}
