using Checkout.VoordeMensen;
using Checkout.VoordeMensen.Carts;
using Checkout.Web.Features.Events;
using Checkout.Web.Shell.Clients;

namespace Checkout.Web.Features.Tickets;

/// <summary>
/// Reads what the evenings of orders need: the programme (upcoming performances, cached) for end times and halls,
/// with a Peppered key also Peppered's events since a given day for performances that have passed or left the
/// programme, and the halls' addresses (<see cref="HallDirectory"/>). Whatever VdM cannot tell stays empty.
/// </summary>
public sealed class EveningCatalog(IVoordeMensenClients vdm, CurrentClient client, ProgrammeService programme, HallDirectory halls, ILogger<EveningCatalog> logger)
{
    /// <summary>
    /// What is known about <paramref name="performanceIds"/>. With <paramref name="since"/> and a Peppered key, the
    /// ones the programme does not list are looked up in Peppered's events from that day on: one call.
    /// </summary>
    public async Task<EveningSchedule> ScheduleAsync(IEnumerable<int> performanceIds, DateTimeOffset? since, CancellationToken cancellationToken)
    {
        var wanted = performanceIds.ToHashSet();
        var known = new Dictionary<int, PerformanceFacts>();
        if (wanted.Count > 0)
        {
            await AddProgrammeAsync(wanted, known, cancellationToken);
            if (since is { } from && wanted.Except(known.Keys).Any() && vdm.For(client.Key).HasPepperedKey)
            {
                await AddPepperedAsync(wanted, from, known, cancellationToken);
            }
        }

        return new EveningSchedule(known, wanted.Count > 0 ? await halls.GetAsync(cancellationToken) : []);
    }

    private async Task AddProgrammeAsync(HashSet<int> wanted, Dictionary<int, PerformanceFacts> known, CancellationToken cancellationToken)
    {
        var listed = await programme.GetProgrammeAsync(cancellationToken);
        foreach (var p in (listed.Value ?? []).SelectMany(p => p.Performances).Where(p => wanted.Contains(p.Id)))
        {
            known[p.Id] = new PerformanceFacts(p.Id, p.Name, p.Start, p.End, p.LocationId, p.LocationName);
        }
    }

    private async Task AddPepperedAsync(HashSet<int> wanted, DateTimeOffset since, Dictionary<int, PerformanceFacts> known, CancellationToken cancellationToken)
    {
        var from = Checkout.TimeZones.AmsterdamTimeZone.DateOf(since);
        var events = await VdmResults.ReadAsync(() => vdm.For(client.Key).Peppered.GetEventsAsync(from, null, cancellationToken));
        if (!events.Succeeded)
        {
            logger.LogWarning("Peppered events unavailable for past evenings: {Refusal}", events.Refusal);
            return;
        }

        foreach (var e in events.Value!.Where(e => wanted.Contains(e.Id) && !known.ContainsKey(e.Id)))
        {
            known[e.Id] = new PerformanceFacts(e.Id, e.Name, e.Start, e.End, e.HallId, null);
        }
    }
}
