using System.Diagnostics;
using Checkout.Tests.Shared;

namespace Checkout.E2ETests.Infrastructure;

/// <summary>
/// Checkout.Web in a process of its own, as it runs in production, for tests about what a restart does to live
/// visitors: killing the process ends every connection the way a crash or a redeploy does, and the app's thread pool
/// is not shared with the test's browser driver (as it is in <see cref="CheckoutAppFixture"/>). It runs the build
/// of src/Checkout.Web in the test's own configuration, with the repository root as content root.
/// </summary>
public sealed class AppProcess : IAsyncDisposable
{
    private const int OutputLinesKept = 40;

    private static readonly TimeSpan StartTimeout = TimeSpan.FromSeconds(60);

    private readonly Process process;
    private readonly Queue<string> output = new();
    private bool disposed;

    private AppProcess(Process process, int port)
    {
        this.process = process;
        BaseAddress = new Uri($"http://127.0.0.1:{port}/");
    }

    public Uri BaseAddress { get; }

    /// <param name="settings">Configuration ("Section:Key" → value), passed as command-line arguments.</param>
    /// <param name="port">The loopback port; 0 picks a free one (a restart passes the old one).</param>
    public static async Task<AppProcess> StartAsync(IReadOnlyDictionary<string, string?> settings, int port = 0)
    {
        port = port == 0 ? LoopbackPort.Free() : port;
        var start = new ProcessStartInfo("dotnet")
        {
            WorkingDirectory = RepositoryRoot.Path,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            RedirectStandardInput = true,
            UseShellExecute = false,
        };
        start.ArgumentList.Add(WebAppProcess.Assembly);
        start.ArgumentList.Add($"--urls=http://127.0.0.1:{port}");
        start.ArgumentList.Add($"--contentRoot={RepositoryRoot.Path}");
        foreach (var (key, value) in settings)
        {
            start.ArgumentList.Add($"--{key}={value}");
        }

        start.Environment["ASPNETCORE_ENVIRONMENT"] = CheckoutAppFixture.DefaultEnvironment;
        var process = Process.Start(start) ?? throw new InvalidOperationException("dotnet did not start.");
        var app = new AppProcess(process, port);
        // Always drained (a full pipe would block the app); the last lines explain a start that failed.
        process.OutputDataReceived += (_, line) => app.Keep(line.Data);
        process.ErrorDataReceived += (_, line) => app.Keep(line.Data);
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();

        var watch = Stopwatch.StartNew();
        if (!await app.WaitUntilReadyAsync())
        {
            await app.DisposeAsync();
            throw new InvalidOperationException(
                $"{WebAppProcess.Assembly} did not answer /health/live on port {port} within {watch.Elapsed.TotalSeconds:0} s; its last output:{Environment.NewLine}{app.LastOutput}");
        }

        return app;
    }

    /// <summary>Ends the process at once, as a crash or a container replaced mid-flight does.</summary>
    public async ValueTask DisposeAsync()
    {
        if (disposed)
        {
            return;
        }

        disposed = true;
        await WebAppProcess.StopAsync(process);
    }

    private string LastOutput
    {
        get
        {
            lock (output)
            {
                return string.Join(Environment.NewLine, output);
            }
        }
    }

    private void Keep(string? line)
    {
        if (line is null)
        {
            return;
        }

        lock (output)
        {
            output.Enqueue(line);
            if (output.Count > OutputLinesKept)
            {
                output.Dequeue();
            }
        }
    }

    private async Task<bool> WaitUntilReadyAsync()
    {
        using var http = new HttpClient { BaseAddress = BaseAddress, Timeout = TimeSpan.FromSeconds(5) };
        return await WebAppProcess.WaitUntilLiveAsync(http, process, StartTimeout);
    }
}
