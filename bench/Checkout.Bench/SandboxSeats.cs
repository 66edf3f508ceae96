using System.Net.Http.Json;
using System.Text.Json;

namespace Checkout.Bench;

/// <summary>
/// Free seats of a performance in the sandbox's own books (Peppered GET event/{id}: available seats per rank), so what
/// the hoarder holds is VdM's count, not what the shop told it.
/// </summary>
internal sealed class SandboxSeats(Uri app, string pepperedKey) : IDisposable
{
    private readonly HttpClient http = new()
    {
        BaseAddress = new Uri(app, "sandbox/v1/demo/peppered/"),
        DefaultRequestHeaders = { { "Authorization", pepperedKey } },
        Timeout = TimeSpan.FromSeconds(10),
    };

    public async Task<int> FreeAsync(int performanceId)
    {
        using var body = await http.GetFromJsonAsync<JsonDocument>($"event/{performanceId}")
            ?? throw new InvalidOperationException($"The sandbox returned no event {performanceId}.");
        return body.RootElement.GetProperty("availability").EnumerateArray().Sum(rank => rank.GetProperty("available").GetInt32());
    }

    public async Task<int> FreeAsync(IEnumerable<int> performanceIds)
    {
        var free = 0;
        foreach (var id in performanceIds)
        {
            free += await FreeAsync(id);
        }

        return free;
    }

    public void Dispose() => http.Dispose();
}
