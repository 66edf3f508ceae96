using Checkout.Web.Shell.Visitors;
using Microsoft.AspNetCore.Components.Endpoints;
using Microsoft.AspNetCore.Http.Extensions;
using Microsoft.Extensions.Localization;

namespace Checkout.Web.Features.Customers;

/// <summary>
/// Page requests carrying a venue token (<c>?identity=…</c>) or a circuit's verification ticket (<c>?verified=…</c>):
/// <see cref="IdentityLinks"/> handles them, and the visitor is redirected to the same address without either, so
/// neither stays in the address bar, the history or a Referer. Whatever is invalid is dropped the same way.
/// </summary>
internal sealed class IdentityLinkMiddleware(RequestDelegate next)
{
    private static readonly string[] Parameters = [IdentityTokens.QueryParameter, VerificationTickets.QueryParameter];

    public async Task InvokeAsync(HttpContext context, CurrentVisitor visitor, IdentityLinks links, IStringLocalizer<CustomersText> text)
    {
        var query = context.Request.Query;
        if (!HttpMethods.IsGet(context.Request.Method)
            || !Parameters.Any(query.ContainsKey)
            || context.GetEndpoint()?.Metadata.GetMetadata<ComponentTypeMetadata>() is null
            || visitor.Id is null)
        {
            await next(context);
            return;
        }

        var clean = CleanUrl(context.Request);
        if (query.TryGetValue(IdentityTokens.QueryParameter, out var token))
        {
            var decision = await links.FollowTokenAsync(context, token.ToString(), context.RequestAborted);
            if (!decision.Allowed)
            {
                await TokenLinksLimitedPage.WriteAsync(context, decision.RetryAfter, clean, text);
                return;
            }
        }
        else
        {
            await links.RedeemTicketAsync(context, query[VerificationTickets.QueryParameter].ToString(), context.RequestAborted);
        }

        context.Response.Headers.CacheControl = "no-store";
        context.Response.Redirect(clean);
    }

    private static string CleanUrl(HttpRequest request)
    {
        var query = new QueryBuilder(request.Query
            .Where(q => !Parameters.Contains(q.Key))
            .SelectMany(q => q.Value.Select(v => new KeyValuePair<string, string>(q.Key, v ?? ""))));
        return $"{request.PathBase}{request.Path}{query.ToQueryString()}";
    }
}
