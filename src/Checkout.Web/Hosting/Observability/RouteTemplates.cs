using Microsoft.AspNetCore.Routing;

namespace Checkout.Web.Hosting.Observability;

/// <summary>
/// What logs and traces may say about a request's URL: the matched endpoint's route template
/// (<c>/order/{OrderKey}</c>), never the path itself, which carries order keys; never the query either
/// (<c>?return=&lt;order key&gt;</c>).
/// </summary>
internal static class RouteTemplates
{
    /// <summary>Said for a request no endpoint matched and no static file answered (a 404 may echo anything typed).</summary>
    public const string Unmatched = "(unmatched)";

    /// <summary>For a finished request: the route template, or the path of a static file that was served.</summary>
    public static string Of(HttpContext context)
    {
        var template = OfEndpoint(context);

        // Static files are served before routing and their paths are the build's or the venue's own names.
        return template == Unmatched && context.Response.StatusCode is >= 200 and < 400 && Path.HasExtension(context.Request.Path.Value)
            ? context.Request.Path.Value!
            : template;
    }

    /// <summary>The matched endpoint's route template, or <see cref="Unmatched"/> (also while the request is still being routed).</summary>
    public static string OfEndpoint(HttpContext context) =>
        context.GetEndpoint() is RouteEndpoint { RoutePattern.RawText: { } pattern }
            ? pattern.StartsWith('/') ? pattern : "/" + pattern
            : Unmatched;
}
