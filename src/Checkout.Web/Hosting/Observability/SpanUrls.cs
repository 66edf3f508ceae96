using System.Diagnostics;
using Checkout.VoordeMensen.Http;

namespace Checkout.Web.Hosting.Observability;

/// <summary>
/// The OpenTelemetry instrumentations record the URL as it was (<c>url.path</c>, <c>url.query</c>, <c>url.full</c>):
/// order keys and cart ids. These enrichers replace it with the route template before a span is exported.
/// </summary>
internal static class SpanUrls
{
    /// <summary>An incoming request: the path becomes the matched route template, the query goes.</summary>
    public static void OfRequest(Activity activity, HttpContext context)
    {
        activity.SetTag("url.path", RouteTemplates.Of(context));
        activity.SetTag("url.query", null);
    }

    /// <summary>A call to VdM (or any upstream): scheme and host stay, the path is the library's request template.</summary>
    public static void OfUpstreamCall(Activity activity, HttpRequestMessage request)
    {
        if (request.RequestUri is not { IsAbsoluteUri: true } uri)
        {
            return;
        }

        activity.SetTag("url.full", $"{uri.Scheme}://{uri.Authority}{VdmMetrics.PathTemplateOf(request)}");
        activity.SetTag("url.path", null);
        activity.SetTag("url.query", null);
    }
}
