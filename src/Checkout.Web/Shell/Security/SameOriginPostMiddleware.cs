namespace Checkout.Web.Shell.Security;

/// <summary>
/// Refuses a post to a <see cref="SameOriginPostAttribute"/> page unless the browser says it comes from the shop's own
/// origin: <c>Origin</c> must be this request's scheme, host and port, and <c>Sec-Fetch-Site</c>, when sent, must be
/// <c>same-origin</c>. Every browser the shop supports sends <c>Origin</c> on a POST, and a page on another origin
/// (another site, a sibling subdomain, a sandboxed frame's <c>null</c>) cannot make it name ours; a form in a venue's
/// iframe posts to its own origin and passes. A missing or foreign origin is a refusal, never a guess. A form over the
/// framework's limits is a 400, as antiforgery made it before.
/// </summary>
internal sealed class SameOriginPostMiddleware(RequestDelegate next)
{
    public async Task InvokeAsync(HttpContext context)
    {
        if (!HttpMethods.IsPost(context.Request.Method)
            || context.GetEndpoint()?.Metadata.GetMetadata<SameOriginPostAttribute>() is null)
        {
            await next(context);
            return;
        }

        if (!IsSameOrigin(context.Request))
        {
            await RefuseAsync(context, StatusCodes.Status403Forbidden, "This form can only be sent from the shop's own pages.");
            return;
        }

        // Antiforgery used to read the form first and turn a form over the framework's limits (key length, field
        // count) into a 400; without it the page's form binding would meet the limit as an exception, so read it here.
        if (context.Request.HasFormContentType)
        {
            try
            {
                await context.Request.ReadFormAsync(context.RequestAborted);
            }
            catch (InvalidDataException)
            {
                await RefuseAsync(context, StatusCodes.Status400BadRequest, "The form is not valid.");
                return;
            }
            catch (BadHttpRequestException tooLarge)
            {
                await RefuseAsync(context, tooLarge.StatusCode, "The form is not valid.");
                return;
            }
        }

        await next(context);
    }

    private static Task RefuseAsync(HttpContext context, int status, string message)
    {
        context.Response.StatusCode = status;
        context.Response.Headers.CacheControl = "no-store";
        return context.Response.WriteAsync(message, context.RequestAborted);
    }

    internal static bool IsSameOrigin(HttpRequest request)
    {
        var site = request.Headers["Sec-Fetch-Site"].ToString();
        if (site.Length > 0 && !string.Equals(site, "same-origin", StringComparison.OrdinalIgnoreCase))
        {
            return false;
        }

        if (!Uri.TryCreate(request.Headers.Origin.ToString(), UriKind.Absolute, out var origin) || origin.AbsolutePath != "/")
        {
            return false;
        }

        var port = request.Host.Port ?? (request.IsHttps ? 443 : 80);
        return string.Equals(origin.Scheme, request.Scheme, StringComparison.OrdinalIgnoreCase)
            && string.Equals(origin.Host, request.Host.Host, StringComparison.OrdinalIgnoreCase)
            && origin.Port == port;
    }
}
