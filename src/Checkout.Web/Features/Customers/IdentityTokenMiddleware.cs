using Checkout.Web.Shell.Visitors;
using Microsoft.AspNetCore.Components.Endpoints;
using Microsoft.AspNetCore.Http.Extensions;

namespace Checkout.Web.Features.Customers;

/// <summary>
/// Accepts a venue's signed identity token (<c>?identity=…</c>) on a page request, marks the visitor as verified when
/// it is valid, and redirects to the same address without it: the token leaves the address bar, the history and any
/// Referer at once. An invalid token is dropped the same way; the visitor simply stays anonymous.
/// </summary>
internal sealed class IdentityTokenMiddleware(RequestDelegate next)
{
    public async Task InvokeAsync(HttpContext context, CurrentVisitor visitor, CustomerIdentityService identity)
    {
        if (!HttpMethods.IsGet(context.Request.Method)
            || !context.Request.Query.TryGetValue(IdentityToken.QueryParameter, out var token)
            || context.GetEndpoint()?.Metadata.GetMetadata<ComponentTypeMetadata>() is null
            || visitor.Id is null)
        {
            await next(context);
            return;
        }

        if (!await identity.AcceptTokenAsync(token.ToString(), context.RequestAborted))
        {
            context.RequestServices.GetRequiredService<ILogger<IdentityTokenMiddleware>>().LogInformation("An identity token was refused.");
        }

        var query = new QueryBuilder(context.Request.Query
            .Where(q => q.Key != IdentityToken.QueryParameter)
            .SelectMany(q => q.Value.Select(v => new KeyValuePair<string, string>(q.Key, v ?? ""))));
        context.Response.Headers.CacheControl = "no-store";
        context.Response.Redirect($"{context.Request.PathBase}{context.Request.Path}{query.ToQueryString()}");
    }
}
