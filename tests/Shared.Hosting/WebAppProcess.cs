using System.Diagnostics;

namespace Checkout.Tests.Shared.Hosting;

/// <summary>src/Checkout.Web's build run in a process of its own by the tests: where it is, when it is live, how it stops.</summary>
public static class WebAppProcess
{
    /// <summary>src/Checkout.Web's build in the configuration the test assembly was built in (bin/Release/net10.0/…).</summary>
    public static string Assembly
    {
        get
        {
            var output = new DirectoryInfo(AppContext.BaseDirectory.TrimEnd(Path.DirectorySeparatorChar));
            var configuration = output.Parent?.Name ?? "Release";
            return RepositoryRoot.Combine("src", "Checkout.Web", "bin", configuration, output.Name, "Checkout.Web.dll");
        }
    }

    /// <summary>Waits until the app answers <c>/health/live</c>; false when the process ended or <paramref name="timeout"/> passed first.</summary>
    public static async Task<bool> WaitUntilLiveAsync(HttpClient http, Process process, TimeSpan timeout)
    {
        var deadline = DateTime.UtcNow + timeout;
        while (DateTime.UtcNow < deadline && !process.HasExited)
        {
            try
            {
                using var response = await http.GetAsync("health/live");
                if (response.IsSuccessStatusCode)
                {
                    return true;
                }
            }
            catch (Exception e) when (e is HttpRequestException or TaskCanceledException)
            {
                // Not listening yet, or too busy to answer within the client's timeout.
            }

            await Task.Delay(100);
        }

        return false;
    }

    /// <summary>Ends the process with everything it started, and waits for it.</summary>
    public static async Task StopAsync(Process process)
    {
        if (!process.HasExited)
        {
            process.Kill(entireProcessTree: true);
        }

        await process.WaitForExitAsync();
        process.Dispose();
    }
}
