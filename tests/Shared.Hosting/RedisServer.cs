using System.Diagnostics;

namespace Checkout.Tests.Shared.Hosting;

/// <summary>A throw-away redis-server on a free loopback port, without persistence (build.sh installs the package).</summary>
public sealed class RedisServer : IAsyncLifetime
{
    private const string Executable = "/usr/bin/redis-server";

    private Process? process;

    public string Configuration { get; private set; } = "";

    public async ValueTask InitializeAsync()
    {
        if (!File.Exists(Executable))
        {
            throw new InvalidOperationException($"{Executable} is missing: run ./build.sh test, which installs redis-server.");
        }

        var port = LoopbackPort.Free();
        process = Process.Start(new ProcessStartInfo(Executable, $"--port {port} --bind 127.0.0.1 --save \"\" --appendonly no")
        {
            RedirectStandardOutput = true,
            UseShellExecute = false,
        }) ?? throw new InvalidOperationException("redis-server did not start.");
        process.OutputDataReceived += (_, _) => { };
        process.BeginOutputReadLine();
        Configuration = $"127.0.0.1:{port}";

        if (!await LoopbackPort.WaitUntilListeningAsync(port, TimeSpan.FromSeconds(5)))
        {
            throw new InvalidOperationException($"redis-server did not listen on port {port} within 5 seconds.");
        }
    }

    public ValueTask DisposeAsync()
    {
        if (process is { HasExited: false })
        {
            process.Kill();
            process.WaitForExit(5000);
        }

        process?.Dispose();
        return ValueTask.CompletedTask;
    }
}
