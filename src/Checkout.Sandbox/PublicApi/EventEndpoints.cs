using Checkout.Sandbox.Data;
using Checkout.Sandbox.Hosting;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace Checkout.Sandbox.PublicApi;

internal static class EventEndpoints
{
    public static void MapPublicEvents(this RouteGroupBuilder v1)
    {
        v1.MapGet("/events", (string client, SandboxStore store) =>
        {
            using var scope = store.Enter(client);
            return SandboxJson.Public200(scope.Venue.Productions.Select(p => PublicMapper.MainEvent(p, p.Performances)).ToList());
        }).Named("events");

        v1.MapGet("/events/{eventId}", (string client, string eventId, SandboxStore store) =>
        {
            using var scope = store.Enter(client);
            return eventId == "upcoming" ? Upcoming(scope) : OneEvent(scope.Venue, eventId);
        }).Named("events.one");

        v1.MapGet("/tickettypes/{eventId}", (string client, string eventId, SandboxStore store) =>
        {
            using var scope = store.Enter(client);
            if (!int.TryParse(eventId, out var id) || !scope.Venue.Performances.TryGetValue(id, out var performance))
            {
                return SandboxJson.NotFound("sub_event not found");
            }
            // Types whose per-event cap is used up disappear; nothing is listed when the event is not for sale.
            var types = performance.OnSale ? performance.TicketTypes.Where(performance.IsAvailable) : [];
            return SandboxJson.Public200(types.Select(t => PublicMapper.TicketType(performance, t)).ToList());
        }).Named("tickettypes");

        v1.MapGet("/paymentmethods", (string client, SandboxStore store) =>
        {
            using var scope = store.Enter(client);
            return SandboxJson.Public200(scope.Venue.PaymentMethods.Select(PublicMapper.PaymentMethod).ToList());
        }).Named("paymentmethods");

        v1.MapGet("/locations", (string client, SandboxStore store) =>
        {
            using var scope = store.Enter(client);
            return SandboxJson.Public200(scope.Venue.Halls.Select(PublicMapper.Location).ToList());
        }).Named("locations");
    }

    private static IResult Upcoming(VenueScope scope)
    {
        var now = AmsterdamTime.ToWire(scope.Now).DateTime;
        var events = scope.Venue.Productions
            .Select(p => (Production: p, Upcoming: p.Performances.Where(s => s.Start >= now).ToList()))
            .Where(e => e.Upcoming.Count > 0)
            .Select(e => PublicMapper.MainEvent(e.Production, e.Upcoming))
            .ToList();
        return SandboxJson.Public200(events);
    }

    /// <summary>A main-event id yields [main with sub_events]; a sub-event id yields [flat sub event].</summary>
    private static IResult OneEvent(Venue venue, string eventId)
    {
        if (int.TryParse(eventId, out var id))
        {
            if (venue.Productions.FirstOrDefault(p => p.Id == id) is { } production)
            {
                return SandboxJson.Public200(new[] { PublicMapper.MainEvent(production, production.Performances) });
            }
            if (venue.Performances.TryGetValue(id, out var performance))
            {
                return SandboxJson.Public200(new[] { PublicMapper.SubEvent(performance) });
            }
        }
        return SandboxJson.NotFound("Event not found");
    }
}
