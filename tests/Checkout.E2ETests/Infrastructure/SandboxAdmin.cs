using System.Net.Http.Json;
using Checkout.Sandbox;
using Checkout.Sandbox.Faults;

namespace Checkout.E2ETests.Infrastructure;

/// <summary>
/// The sandbox's test controls over HTTP (<c>/sandbox/admin/*</c>), the way a tester drives them by hand: fault rules
/// and the request counters. Available in the Development environment the E2E apps run in.
/// </summary>
public sealed class SandboxAdmin(Uri baseAddress) : IDisposable
{
    private readonly HttpClient http = new() { BaseAddress = baseAddress };

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    /// <summary>
    /// Replaces the fault rules: <paramref name="endpoint"/> of the demo client answers with <paramref name="kind"/>, for the
    /// next <paramref name="count"/> requests or, when null, until cleared.
    /// </summary>
    public async Task FailAsync(string endpoint, FaultKind kind, int value = 0, int? count = null)
    {
        var rules = new[] { new { endpoint, client = SandboxDemoIds.DemoClient, kind, value, count } };
        using var response = await http.PutAsJsonAsync("sandbox/admin/faults", rules, Ct);
        response.EnsureSuccessStatusCode();
    }

    public async Task ClearFaultsAsync()
    {
        using var response = await http.DeleteAsync("sandbox/admin/faults", Ct);
        response.EnsureSuccessStatusCode();
    }

    public async Task ResetStatsAsync()
    {
        using var response = await http.DeleteAsync("sandbox/admin/stats", Ct);
        response.EnsureSuccessStatusCode();
    }

    /// <summary>Requests the demo client made to <paramref name="endpoint"/> since the last reset.</summary>
    public async Task<long> CountAsync(string endpoint)
    {
        var stats = await http.GetFromJsonAsync<Dictionary<string, Dictionary<string, long>>>("sandbox/admin/stats", Ct);
        return stats?.GetValueOrDefault(SandboxDemoIds.DemoClient)?.GetValueOrDefault(endpoint) ?? 0;
    }

    public void Dispose() => http.Dispose();
}
