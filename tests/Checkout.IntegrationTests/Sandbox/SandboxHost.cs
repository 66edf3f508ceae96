using System.Net.Http.Json;
using System.Text.Json;
using Checkout.Sandbox;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Time.Testing;

namespace Checkout.IntegrationTests.Sandbox;

/// <summary>The sandbox on a real loopback port, with a fake clock, driven over HTTP.</summary>
internal sealed class SandboxHost : IAsyncDisposable
{
    /// <summary>10:00 in Amsterdam (summer time), so seeded dates and offsets are predictable.</summary>
    public static readonly DateTimeOffset Start = new(2026, 4, 1, 8, 0, 0, TimeSpan.Zero);

    private readonly WebApplication app;

    private SandboxHost(WebApplication app, FakeTimeProvider time, Uri root)
    {
        this.app = app;
        Time = time;
        Http = new HttpClient(new SocketsHttpHandler { AllowAutoRedirect = false }) { BaseAddress = root };
    }

    public FakeTimeProvider Time { get; }
    public HttpClient Http { get; }

    public T Service<T>() where T : notnull => app.Services.GetRequiredService<T>();

    /// <summary>The demo's fixed Peppered keys (without them the sandbox makes up random ones); a test's settings win.</summary>
    public static readonly Dictionary<string, string?> DemoKeys = new()
    {
        ["Sandbox:Clients:demo:ApiKey"] = "sandbox-demo-key",
        ["Sandbox:Clients:fringe:ApiKey"] = "sandbox-fringe-key",
    };

    public static async Task<SandboxHost> StartAsync(Dictionary<string, string?>? settings = null)
    {
        var time = new FakeTimeProvider(Start);
        var builder = WebApplication.CreateSlimBuilder(new WebApplicationOptions { ContentRootPath = AppContext.BaseDirectory });
        builder.Configuration.Sources.Clear();
        builder.Configuration.AddInMemoryCollection(DemoKeys).AddInMemoryCollection(settings ?? []);
        builder.Logging.ClearProviders();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        builder.Services.AddSingleton<TimeProvider>(time);
        builder.Services.AddVoordeMensenSandbox(builder.Configuration);
        var app = builder.Build();
        app.MapVoordeMensenSandbox();
        try
        {
            await app.StartAsync(TestContext.Current.CancellationToken);
        }
        catch
        {
            await app.DisposeAsync();
            throw;
        }
        return new SandboxHost(app, time, new Uri(app.Urls.Single() + "/sandbox/"));
    }

    /// <summary>GET that must succeed.</summary>
    public async Task<JsonElement> GetJson(string path)
    {
        using var response = await Http.GetAsync(path, TestContext.Current.CancellationToken);
        return await ReadSuccess(response);
    }

    /// <summary>POST of a JSON body that must succeed.</summary>
    public async Task<JsonElement> PostJson(string path, object body)
    {
        using var response = await Http.PostAsJsonAsync(path, body, TestContext.Current.CancellationToken);
        return await ReadSuccess(response);
    }

    public static async Task<JsonElement> Read(HttpResponseMessage response)
    {
        var text = await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken);
        using var document = JsonDocument.Parse(text);
        return document.RootElement.Clone();
    }

    private static async Task<JsonElement> ReadSuccess(HttpResponseMessage response)
    {
        Assert.True(response.IsSuccessStatusCode,
            $"{(int)response.StatusCode} {response.RequestMessage?.RequestUri}: {await response.Content.ReadAsStringAsync()}");
        return await Read(response);
    }

    public async ValueTask DisposeAsync()
    {
        Http.Dispose();
        await app.StopAsync();
        await app.DisposeAsync();
    }
}
