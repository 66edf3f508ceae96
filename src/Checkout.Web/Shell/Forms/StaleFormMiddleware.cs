using Microsoft.AspNetCore.Antiforgery;
using Microsoft.AspNetCore.Http.Extensions;

namespace Checkout.Web.Shell.Forms;

/// <summary>
/// Turns Blazor's bare 400 for a post to a <see cref="RecoversStaleFormsAttribute"/> page into a redirect to that page.
/// A copy of the page older than its state (the cart emptied or the hold renewed away in another window) posts a form
/// name the page no longer renders, and Blazor refuses the post before any handler runs, so nothing changed: the
/// visitor is sent to the page as it is now, which says so. A post antiforgery refused stays a 400 (no token is not
/// an older page). The response is buffered: Blazor writes its reason in Development before the status can change.
/// </summary>
internal sealed class StaleFormMiddleware(RequestDelegate next)
{
    public async Task InvokeAsync(HttpContext context)
    {
        if (!HttpMethods.IsPost(context.Request.Method)
            || context.GetEndpoint()?.Metadata.GetMetadata<RecoversStaleFormsAttribute>() is null)
        {
            await next(context);
            return;
        }

        var body = context.Response.Body;
        await using var buffer = new MemoryStream();
        context.Response.Body = buffer;
        try
        {
            await next(context);
        }
        finally
        {
            context.Response.Body = body;
        }

        if (IsStale(context))
        {
            var request = context.Request;
            context.Response.StatusCode = StatusCodes.Status303SeeOther;
            context.Response.ContentType = null;
            context.Response.ContentLength = null;
            context.Response.Headers.CacheControl = "no-store";
            context.Response.Headers.Location = UriHelper.BuildRelative(
                request.PathBase, request.Path, QueryString.Create(RecoversStaleFormsAttribute.Query, RecoversStaleFormsAttribute.Value));
            return;
        }

        buffer.Position = 0;
        await buffer.CopyToAsync(body, context.RequestAborted);
    }

    private static bool IsStale(HttpContext context) =>
        context.Response.StatusCode == StatusCodes.Status400BadRequest
        && context.Features.Get<IAntiforgeryValidationFeature>() is not { IsValid: false };
}
