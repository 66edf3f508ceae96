using System.Diagnostics;
using System.Globalization;

namespace Checkout.Bench;

/// <summary>
/// Heap snapshots of the app with dotnet-gcdump (which forces a full GC and records every live object, its type, size and
/// references): <c>{label}.gcdump</c> in <paramref name="directory"/>, for bench/circuit-heap.sh to compare.
/// </summary>
internal sealed class HeapSnapshots(string gcdumpTool, int appPid, string directory)
{
    private static readonly TimeSpan Timeout = TimeSpan.FromMinutes(3);

    public async Task TakeAsync(string label)
    {
        var file = Path.Combine(directory, $"{label}.gcdump");
        var start = new ProcessStartInfo(gcdumpTool)
        {
            ArgumentList = { "collect", "-p", appPid.ToString(CultureInfo.InvariantCulture), "-o", file },
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        using var process = Process.Start(start) ?? throw new InvalidOperationException($"{gcdumpTool} did not start.");
        var output = process.StandardOutput.ReadToEndAsync();
        var errors = process.StandardError.ReadToEndAsync();
        using var timeout = new CancellationTokenSource(Timeout);
        await process.WaitForExitAsync(timeout.Token);
        if (process.ExitCode != 0 || !File.Exists(file))
        {
            throw new InvalidOperationException($"dotnet-gcdump collect failed ({process.ExitCode}): {await output} {await errors}");
        }

        Console.WriteLine($"==> heap snapshot '{label}': {file} ({new FileInfo(file).Length / 1024} KB)");
    }
}
