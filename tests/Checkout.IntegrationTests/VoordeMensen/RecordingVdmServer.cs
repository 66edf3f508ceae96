using System.Collections.Concurrent;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;

namespace Checkout.IntegrationTests.VoordeMensen;

/// <summary>
/// A stub VdM on a real loopback port: it records the path of every request and answers a list ("[]") for any GET,
/// so tests see exactly which URLs the client library builds over real sockets.
/// </summary>
public sealed class RecordingVdmServer : IAsyncDisposable
{
    private readonly WebApplication app;

    private RecordingVdmServer(WebApplication app, Uri root)
    {
        this.app = app;
        Root = root;
    }

    /// <summary>http://127.0.0.1:{port}/</summary>
    public Uri Root { get; }

    public ConcurrentQueue<string> Paths { get; } = new();

    public static async Task<RecordingVdmServer> StartAsync()
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        var app = builder.Build();
        RecordingVdmServer? server = null;
        app.Run(async http =>
        {
            server!.Paths.Enqueue(http.Request.Path.Value ?? "");
            http.Response.ContentType = "application/json";
            await http.Response.WriteAsync("[]");
        });
        await app.StartAsync(TestContext.Current.CancellationToken);
        server = new RecordingVdmServer(app, new Uri(app.Urls.Single() + "/"));
        return server;
    }

    public async ValueTask DisposeAsync()
    {
        await app.StopAsync();
        await app.DisposeAsync();
    }
}
