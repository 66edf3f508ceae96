using Checkout.Web.Shell.Clients;
using Microsoft.AspNetCore.Components.Endpoints;

namespace Checkout.Web.Shell.Embedding.VenueContext;

/// <summary>
/// Takes the details and campaign a venue page passed on the frame's first address (<see cref="VenueParameters"/>):
/// kept for the visitor when the request is the shop's frame on an allowed venue page (<see cref="VenueReferrer"/>) and
/// each value passes the checks typed input gets, ignored otherwise. Either way the answer is a redirect to the same
/// page without them, so an e-mail address does not stay in the frame's address or history.
/// </summary>
internal sealed class VenueContextMiddleware(RequestDelegate next)
{
    public async Task InvokeAsync(HttpContext context, CurrentClient client, VenueVisits visits, VenuePrefillCheck check)
    {
        var request = context.Request;
        if (!HttpMethods.IsGet(request.Method)
            || context.GetEndpoint()?.Metadata.GetMetadata<ComponentTypeMetadata>() is null
            || !client.IsResolved
            || !VenueParameters.AnyIn(request.Query))
        {
            await next(context);
            return;
        }

        if (VenueReferrer.IsAllowedVenueFrame(request, client.Settings.Embedding))
        {
            var query = request.Query;
            var prefill = await check.CheckAsync(query[VenueParameters.Email], query[VenueParameters.FirstName], query[VenueParameters.LastName], context.RequestAborted);
            var campaign = VenueParameters.Campaign(query);
            if (prefill is not null || campaign is not null)
            {
                await visits.UpdateAsync(v => v with { Prefill = prefill ?? v.Prefill, Campaign = campaign ?? v.Campaign }, context.RequestAborted);
            }
        }

        context.Response.Headers.CacheControl = "no-store";
        context.Response.Redirect($"{request.PathBase}{request.Path}{QueryStrings.Without(request.Query, VenueParameters.All).ToQueryString()}");
    }
}
