using System.Diagnostics;

namespace Checkout.Tests.Shared.Hosting;

/// <summary>Waits until an app the tests started in its own process answers <c>/health/live</c>.</summary>
public static class LiveProbe
{
    /// <returns>False when the process ended or <paramref name="timeout"/> passed first.</returns>
    public static async Task<bool> WaitAsync(HttpClient http, Process process, TimeSpan timeout)
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
}
