using System.Text;

namespace Checkout.Web.Features.Tickets;

/// <summary>
/// <c>GET order/{key}/calendar/{performance}.ics</c>: one evening of an order as an iCalendar file. The order key is the
/// secret, as for the status page; an order or performance this shop cannot place on a date answers 404.
/// </summary>
internal static class CalendarEndpoint
{
    public const string Pattern = "/order/{orderKey}/calendar/{performanceId:int}.ics";

    public static void MapCalendarFiles(this IEndpointRouteBuilder endpoints) =>
        endpoints.MapGet(Pattern, async (string orderKey, int performanceId, HttpContext http, OrderEvenings evenings, EveningCalendar calendar, TimeProvider time) =>
        {
            var evening = (await evenings.OfAsync(orderKey, http.RequestAborted)).FirstOrDefault(e => e.PerformanceId == performanceId);
            if (evening is null || calendar.EntryFor(evening, orderKey, ShopBase(http.Request)) is not { } entry)
            {
                return Results.NotFound();
            }

            // The file names the order's page: it is for this buyer, not for a shared cache.
            http.Response.Headers.CacheControl = "private, no-store";
            return Results.File(Encoding.UTF8.GetBytes(CalendarFile.Write(entry, time.GetUtcNow())), CalendarFile.ContentType, EveningCalendar.FileName(evening));
        }).ExcludeFromDescription();

    /// <summary>The shop's address with the client's path prefix, as the pages' base href has it.</summary>
    private static Uri ShopBase(HttpRequest request) => new($"{request.Scheme}://{request.Host}{request.PathBase}/");
}
