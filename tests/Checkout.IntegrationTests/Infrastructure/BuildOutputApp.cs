using System.Diagnostics;

namespace Checkout.IntegrationTests.Infrastructure;

/// <summary>
/// src/Checkout.Web's build output (not a publish) in a process of its own, as an operator starts it with
/// <c>ASPNETCORE_ENVIRONMENT=Production dotnet run -c Release --no-launch-profile</c>: the repository root as content
/// root, appsettings.json alone (the embedded sandbox), on a free loopback port.
/// </summary>
internal sealed class BuildOutputApp : IAsyncDisposable
{
    private static readonly TimeSpan StartTimeout = TimeSpan.FromSeconds(60);

    private readonly Process process;
    private readonly List<string> output = [];

    private BuildOutputApp(Process process, int port)
    {
        this.process = process;
        Http = new HttpClient { BaseAddress = new Uri($"http://127.0.0.1:{port}/"), Timeout = TimeSpan.FromSeconds(30) };
    }

    public HttpClient Http { get; }

    public static async Task<BuildOutputApp> StartAsync(string environment)
    {
        var port = LoopbackPort.Free();
        var start = new ProcessStartInfo("dotnet")
        {
            WorkingDirectory = RepositoryRoot.Path,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        start.ArgumentList.Add(WebAppProcess.Assembly);
        start.ArgumentList.Add($"--urls=http://127.0.0.1:{port}");
        start.ArgumentList.Add($"--contentRoot={RepositoryRoot.Path}");
        start.Environment["ASPNETCORE_ENVIRONMENT"] = environment;
        var app = new BuildOutputApp(Process.Start(start) ?? throw new InvalidOperationException("dotnet did not start."), port);
        app.process.OutputDataReceived += (_, line) => app.Keep(line.Data);
        app.process.ErrorDataReceived += (_, line) => app.Keep(line.Data);
        app.process.BeginOutputReadLine();
        app.process.BeginErrorReadLine();
        if (!await WebAppProcess.WaitUntilLiveAsync(app.Http, app.process, StartTimeout))
        {
            await app.DisposeAsync();
            throw new InvalidOperationException($"{WebAppProcess.Assembly} did not answer /health/live; its output:{Environment.NewLine}{string.Join(Environment.NewLine, app.output)}");
        }

        return app;
    }

    public async ValueTask DisposeAsync()
    {
        Http.Dispose();
        await WebAppProcess.StopAsync(process);
    }

    private void Keep(string? line)
    {
        if (line is not null)
        {
            lock (output)
            {
                output.Add(line);
            }
        }
    }
}
