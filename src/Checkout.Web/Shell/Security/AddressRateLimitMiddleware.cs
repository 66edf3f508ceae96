using System.Globalization;
using Checkout.Web.Shell.Errors;
using Microsoft.AspNetCore.Components.Endpoints;
using Microsoft.Extensions.Localization;

namespace Checkout.Web.Shell.Security;

/// <summary>
/// Per-address limits on the page requests that cost VdM calls or seats: page form posts (the add-to-cart form) and
/// loads of pages marked <see cref="RateLimitedLookupAttribute"/>. Counted by <see cref="AbuseGuard"/> in the shared
/// counters, so all instances spend one budget. Over the limit: 429 with Retry-After and the translated message. The
/// sandbox, the circuit hub, static files and other GETs are not limited here.
/// </summary>
internal sealed class AddressRateLimitMiddleware(RequestDelegate next)
{
    public async Task InvokeAsync(HttpContext context, AbuseGuard guard, IStringLocalizer<ErrorText> text)
    {
        var endpoint = context.GetEndpoint();
        if (endpoint?.Metadata.GetMetadata<ComponentTypeMetadata>() is null)
        {
            await next(context);
            return;
        }

        var address = context.Connection.RemoteIpAddress?.ToString();
        var check = HttpMethods.IsPost(context.Request.Method) ? await guard.TryFormPostAsync(address, context.RequestAborted)
            : HttpMethods.IsGet(context.Request.Method) && endpoint.Metadata.GetMetadata<RateLimitedLookupAttribute>() is not null
                ? await guard.TryStatusLookupAsync(address, context.RequestAborted)
            : new LimitCheck(true, TimeSpan.Zero);
        if (check.Allowed)
        {
            await next(context);
            return;
        }

        context.Response.StatusCode = StatusCodes.Status429TooManyRequests;
        context.Response.Headers.RetryAfter = Math.Max(1, (int)Math.Ceiling(check.RetryAfter.TotalSeconds)).ToString(CultureInfo.InvariantCulture);
        context.Response.ContentType = "text/plain; charset=utf-8";
        await context.Response.WriteAsync(text["TooManyRequests"], context.RequestAborted);
    }
}
