using System.Globalization;
using Checkout.Sandbox.Data;
using Checkout.Sandbox.Hosting;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace Checkout.Sandbox.Peppered;

/// <summary>Events, productions, payment methods, halls and seat plans.</summary>
internal static class CatalogueEndpoints
{
    public static void MapPepperedCatalogue(this RouteGroupBuilder peppered)
    {
        peppered.MapGet("/event", (string client, string? startDate, string? endDate, SandboxStore store, Inventions inventions) =>
        {
            if (!TryDate(startDate, out var from) || !TryDate(endDate, out var to))
            {
                return SandboxJson.Error(StatusCodes.Status422UnprocessableEntity, "startDate and endDate must be YYYY-MM-DD.");
            }
            using var scope = store.Enter(client);
            var events = scope.Venue.AllPerformances
                .Where(p => (from is null || DateOnly.FromDateTime(p.Start) >= from) && (to is null || DateOnly.FromDateTime(p.Start) <= to))
                .OrderBy(p => p.Start)
                .Select(p => inventions.ListsBlockAvailability ? PepperedMapper.EventWithBlocks(p) : PepperedMapper.Event(p));
            return SandboxJson.Peppered200(events.ToList());
        }).Named("peppered.event");

        peppered.MapGet("/event/{eventId:int}", (string client, int eventId, SandboxStore store) =>
            OnePerformance(store, client, eventId, PepperedMapper.EventWithAvailability)).Named("peppered.event.one");

        peppered.MapGet("/production/{productionId:int}", (string client, int productionId, SandboxStore store) =>
        {
            using var scope = store.Enter(client);
            return scope.Venue.Productions.FirstOrDefault(p => p.Id == productionId) is { } production
                ? SandboxJson.Peppered200(PepperedMapper.Production(production))
                : SandboxJson.NotFound("Production not found");
        }).Named("peppered.production");

        peppered.MapGet("/paymentmethods", (string client, SandboxStore store) =>
        {
            using var scope = store.Enter(client);
            return SandboxJson.Peppered200(scope.Venue.PaymentMethods.Select(PepperedMapper.PaymentMethod).ToList());
        }).Named("peppered.paymentmethods");

        peppered.MapGet("/hall", (string client, SandboxStore store) =>
        {
            using var scope = store.Enter(client);
            return SandboxJson.Peppered200(scope.Venue.Halls.Select(PepperedMapper.Hall).ToList());
        }).Named("peppered.hall");

        peppered.MapGet("/hall/{hallId:int}", (string client, int hallId, SandboxStore store) =>
        {
            using var scope = store.Enter(client);
            return scope.Venue.Halls.FirstOrDefault(h => h.Id == hallId) is { } hall
                ? SandboxJson.Peppered200(PepperedMapper.Hall(hall))
                : SandboxJson.NotFound("Hall not found");
        }).Named("peppered.hall.one");

        peppered.MapGet("/seating/{eventId:int}", (string client, int eventId, SandboxStore store) =>
            OnePerformance(store, client, eventId, PepperedMapper.SeatPlan)).Named("peppered.seating");
    }

    private static IResult OnePerformance(SandboxStore store, string client, int eventId, Func<Performance, object> map)
    {
        using var scope = store.Enter(client);
        return scope.Venue.Performances.TryGetValue(eventId, out var performance)
            ? SandboxJson.Peppered200(map(performance))
            : SandboxJson.NotFound("Event not found");
    }

    private static bool TryDate(string? value, out DateOnly? date)
    {
        date = null;
        if (string.IsNullOrEmpty(value))
        {
            return true;
        }
        var ok = DateOnly.TryParseExact(value, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var parsed);
        date = parsed;
        return ok;
    }
}
