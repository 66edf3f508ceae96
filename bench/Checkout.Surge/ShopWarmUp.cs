namespace Checkout.Surge;

/// <summary>
/// A surge meets a running shop, not a fresh process: before the first step every page is compiled and every cache
/// filled (GETs, three rounds so that each instance behind a balancer gets its share), and a few buyers reserve so the
/// add-to-cart path (antiforgery, data-protection keys, VdM cart calls, Redis) is warm too; then the sandbox's seats go
/// back to the seeded state. Nothing of it is measured.
/// </summary>
public static class ShopWarmUp
{
    private const int Rounds = 3;
    private const int Reservations = 6;

    public static async Task RunAsync(SurgeOptions options, SandboxInventory inventory)
    {
        await inventory.ResetAsync();
        using (var http = new HttpClient { BaseAddress = options.BaseAddress, Timeout = TimeSpan.FromSeconds(30) })
        {
            string[] pages = ["", .. options.BrowseEvents.Concat(options.ReserveEvents).Distinct().Select(id => $"event/{id}")];
            for (var round = 0; round < Rounds; round++)
            {
                foreach (var page in pages)
                {
                    using var response = await http.GetAsync(page);
                    response.EnsureSuccessStatusCode();
                }
            }
        }

        var recorder = new SurgeRecorder();
        for (var i = 0; i < Reservations; i++)
        {
            await new Visitor(options, recorder, CancellationToken.None).ReserveAsync(options.SpreadEvents[i % options.SpreadEvents.Count]);
        }

        if (recorder.Errors.Count > 0)
        {
            throw new InvalidOperationException($"The warm-up reservations failed: {string.Join("; ", recorder.Errors.Distinct())}");
        }

        await inventory.ResetAsync();
    }
}
