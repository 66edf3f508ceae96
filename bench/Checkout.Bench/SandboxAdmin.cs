using System.Net;
using System.Net.Http.Json;

namespace Checkout.Bench;

/// <summary>The embedded sandbox's admin controls (/sandbox/admin/…): request counters and the app's memory.</summary>
internal sealed class SandboxAdmin(HttpClient app)
{
    /// <summary>client → endpoint → requests since the last reset.</summary>
    public async Task<Dictionary<string, Dictionary<string, long>>> StatsAsync() =>
        await ReadAsync<Dictionary<string, Dictionary<string, long>>>("sandbox/admin/stats");

    public async Task ResetStatsAsync()
    {
        using var response = await app.DeleteAsync(new Uri("sandbox/admin/stats", UriKind.Relative));
        EnsureAdmin(response);
    }

    /// <summary>The app's managed heap and working set after a forced, compacting full GC.</summary>
    public Task<ProcessMemory> MemoryAsync() => ReadAsync<ProcessMemory>("sandbox/admin/memory");

    /// <summary>Calls the shop itself made to VdM for <paramref name="client"/>: the browser's visits to the payment
    /// simulator and the ticket host are not the shop's.</summary>
    public static Dictionary<string, long> ShopCalls(Dictionary<string, Dictionary<string, long>> stats, string client) =>
        stats.GetValueOrDefault(client)?
            .Where(c => !c.Key.StartsWith("pay.", StringComparison.Ordinal) && c.Key is not ("ticket.document" or "ticket.receipt"))
            .ToDictionary(c => c.Key, c => c.Value) ?? [];

    public static string Describe(Dictionary<string, long> calls) =>
        calls.Count == 0 ? "none" : string.Join(", ", calls.OrderBy(c => c.Key, StringComparer.Ordinal).Select(c => $"{c.Key} {c.Value}"));

    private async Task<T> ReadAsync<T>(string path)
    {
        using var response = await app.GetAsync(new Uri(path, UriKind.Relative));
        EnsureAdmin(response);
        return await response.Content.ReadFromJsonAsync<T>() ?? throw new InvalidOperationException($"{path} answered null.");
    }

    private static void EnsureAdmin(HttpResponseMessage response)
    {
        if (response.StatusCode == HttpStatusCode.NotFound)
        {
            throw new InvalidOperationException(
                "The sandbox admin endpoints are not mapped: start the app without VoordeMensen:BaseUrl and with Sandbox:AdminEndpoints=true.");
        }

        response.EnsureSuccessStatusCode();
    }
}

internal sealed record ProcessMemory(long ManagedBytes, long HeapSizeBytes, long WorkingSetBytes);
