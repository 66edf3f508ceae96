using Checkout.Web.Features.Events;

namespace Checkout.Web.Shell.Embedding.Counter;

/// <summary>
/// <c>/embed/event/{id}</c>, what embed.js's <c>vdm_order(id, …)</c> opens: VdM's loader takes a main event
/// (production) or a sub event (performance) id alike, and only the programme knows which one it is. A performance
/// goes to its event page, a production to the programme filtered to it; an id the programme does not know (or a
/// programme VdM cannot list now) goes to the event page, which says so. The query (language, venue details) is kept.
/// </summary>
internal static class VdmOrderEndpoint
{
    public const string Pattern = "/embed/event/{id:int}";

    public static async Task<IResult> RespondAsync(int id, HttpContext context, ProgrammeService programme)
    {
        var request = context.Request;
        var listed = await programme.GetProgrammeAsync(context.RequestAborted);
        var isProduction = listed.Succeeded
            && listed.Value!.Any(p => p.Id == id)
            && !listed.Value!.Any(p => p.Performances.Any(e => e.Id == id));
        var query = QueryStrings.Without(request.Query, []);
        if (isProduction)
        {
            query.Add("production", id.ToString(System.Globalization.CultureInfo.InvariantCulture));
        }

        context.Response.Headers.CacheControl = "no-store";
        return Results.Redirect($"{request.PathBase}/{(isProduction ? "" : $"event/{id}")}{query.ToQueryString()}");
    }
}
