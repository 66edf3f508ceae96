using System.Net.Http.Json;
using System.Text.Json;

namespace Checkout.Surge;

/// <summary>
/// Seat availability read at the sandbox through its Peppered API (GET peppered/event/{id}: free seats per rank), before
/// and after the surge, so that the no-oversell claim rests on VdM's own books rather than on what the buyers were told.
/// </summary>
public sealed class SandboxInventory(SurgeOptions options) : IDisposable
{
    private readonly HttpClient http = new()
    {
        BaseAddress = new Uri(options.BaseAddress, $"sandbox/v1/{SurgeOptions.Client}/peppered/"),
        DefaultRequestHeaders = { { "Authorization", options.PepperedKey } },
        Timeout = TimeSpan.FromSeconds(10),
    };

    public async Task<IReadOnlyDictionary<int, int>> FreeSeatsAsync(IEnumerable<int> eventIds)
    {
        var free = new Dictionary<int, int>();
        foreach (var id in eventIds)
        {
            using var body = await http.GetFromJsonAsync<JsonDocument>($"event/{id}")
                ?? throw new InvalidOperationException($"The sandbox returned no event {id}.");
            free[id] = body.RootElement.GetProperty("availability").EnumerateArray().Sum(rank => rank.GetProperty("available").GetInt32());
        }

        return free;
    }

    public void Dispose() => http.Dispose();
}

/// <summary>One reserved event's books: free seats before and after, tickets the surge's buyers were confirmed.</summary>
public sealed record EventBooks(int EventId, int FreeBefore, int HeldBySurge, int FreeAfter)
{
    /// <summary>Every seat that left the free pool went to exactly one confirmed buyer, and no more than were free.</summary>
    public bool Balanced => FreeAfter >= 0 && HeldBySurge <= FreeBefore && FreeBefore - FreeAfter == HeldBySurge;

    /// <summary>Too few seats left for one more reservation of the surge's size.</summary>
    public bool SoldOutFor(int tickets) => FreeAfter < tickets;
}
