using Checkout.VoordeMensen.Carts;
using Checkout.VoordeMensen.Halls;
using Checkout.Web.Features.Events;
using Checkout.Web.Shell.Clients;
using Microsoft.Extensions.Caching.Hybrid;

namespace Checkout.Web.Features.Tickets;

/// <summary>
/// The current client's halls with their addresses, kept per client for half an hour: addresses hardly change, and a
/// paid page or a list of orders must not ask VdM for them every time. When VdM cannot list them the evenings show the
/// hall's name only; the failure is not kept, so the next page asks again.
/// </summary>
public sealed class HallDirectory(IVoordeMensenHalls halls, CurrentClient client, HybridCache cache, ILogger<HallDirectory> logger)
{
    public static readonly TimeSpan Lifetime = TimeSpan.FromMinutes(30);

    private static readonly HybridCacheEntryOptions Entry = new() { Expiration = Lifetime, LocalCacheExpiration = Lifetime };

    /// <summary>The halls, or none when VdM could not say.</summary>
    public async Task<IReadOnlyList<HallAddress>> GetAsync(CancellationToken cancellationToken)
    {
        var key = client.Key;
        var read = await VdmResults.ReadAsync(async () => await cache.GetOrCreateAsync(
            $"vdm:{key}:halls",
            async ct => new CachedList<HallAddress>(await halls.GetAsync(key, ct)),
            Entry,
            tags: [$"client:{key}"],
            cancellationToken: cancellationToken));
        if (read.Succeeded)
        {
            return read.Value!.Items;
        }

        logger.LogWarning("Hall addresses unavailable: {Refusal}", read.Refusal);
        return [];
    }

    /// <summary>
    /// The hall by its id, else by its name (a cart line names the hall only); the bare name when VdM has no address
    /// for it; null when neither is known.
    /// </summary>
    public static EveningHall? Find(IReadOnlyList<HallAddress> halls, int? id, string? name)
    {
        var hall = halls.FirstOrDefault(h => h.Id == id)
            ?? halls.FirstOrDefault(h => !string.IsNullOrWhiteSpace(name) && string.Equals(h.Name, name.Trim(), StringComparison.OrdinalIgnoreCase));
        if (hall is not null)
        {
            return new EveningHall(hall.Name.Length > 0 ? hall.Name : name ?? "", hall.Street, hall.Zip, hall.City);
        }

        return string.IsNullOrWhiteSpace(name) ? null : new EveningHall(name.Trim(), null, null, null);
    }
}
