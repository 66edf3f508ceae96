using System.Net.Http.Json;
using System.Text.Json;

namespace Checkout.Surge;

/// <summary>
/// Seat availability read at the sandbox through its Peppered API (GET peppered/event/{id}: free seats per rank), before
/// and after each step, so that the no-oversell claim rests on VdM's own books rather than on what the buyers were told.
/// </summary>
public sealed class SandboxInventory(SurgeOptions options) : IDisposable
{
    private readonly HttpClient http = new()
    {
        BaseAddress = new Uri(options.SandboxAddress, $"sandbox/v1/{SurgeOptions.Client}/peppered/"),
        DefaultRequestHeaders = { { "Authorization", options.PepperedKey } },
        Timeout = TimeSpan.FromSeconds(10),
    };

    /// <summary>Back to the seeded seats (the stand-alone sandbox's test control), so every curve starts alike.</summary>
    public async Task ResetAsync()
    {
        using var response = await http.PostAsync(new Uri(options.SandboxAddress, "sandbox/admin/reset"), null);
        response.EnsureSuccessStatusCode();
    }

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

/// <summary>One reserved event's books over a step: free seats before and after, tickets the step's buyers were confirmed.</summary>
public sealed record EventBooks(int EventId, int FreeBefore, int HeldBySurge, int FreeAfter)
{
    /// <summary>Every seat that left the free pool went to exactly one confirmed buyer, and no more than were free.</summary>
    public bool Balanced => !Oversold && Unconfirmed == 0;

    /// <summary>Buyers were confirmed more tickets than left VdM's free pool, or more than were free: the failure that must never happen.</summary>
    public bool Oversold => FreeAfter < 0 || HeldBySurge > FreeBefore || HeldBySurge > FreeBefore - FreeAfter;

    /// <summary>Seats that left the pool without a buyer being told: an add-to-cart the buyer gave up on (a timeout).</summary>
    public int Unconfirmed => Math.Max(0, FreeBefore - FreeAfter - HeldBySurge);

    /// <summary>Too few seats left for one more reservation of the surge's size.</summary>
    public bool SoldOutFor(int tickets) => FreeAfter < tickets;
}
