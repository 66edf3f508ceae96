using Microsoft.Extensions.Options;

namespace Checkout.Web.Shell.Clients;

/// <summary>
/// Picks the white-label client for a request. A host a client claims (<c>Clients:{key}:Hosts</c>) is that client's;
/// any other host is the default client's host (in strict mode only those in <c>Checkout:Hosts</c> and loopback names,
/// the rest get a neutral 404). A configured path prefix ("/fringe/…", which becomes the PathBase so links and the
/// Blazor base href stay inside the client) selects its client only on that client's own hosts or on a default host:
/// on another venue's domain it is just a path there, so <c>tickets.venue-a.nl/fringe/</c> never shows venue B.
/// </summary>
internal sealed class ClientResolutionMiddleware(RequestDelegate next, ClientRegistry registry, IOptions<HostingSettings> hosting)
{
    private static readonly string[] ClientFreePaths = ["/health", "/sandbox"];

    public Task InvokeAsync(HttpContext context, CurrentClient current)
    {
        var path = context.Request.Path;
        if (ClientFreePaths.Any(p => path.StartsWithSegments(p)))
        {
            // Not a shop page, but an unknown path here still gets the (default client's) not-found page, not a 500.
            context.Items[CurrentClient.HttpContextItem] = ClientKeys.Default;
            return next(context);
        }

        var host = context.Request.Host.Host;
        var hostClient = registry.FindByHost(host);
        var onDefaultHost = hostClient is null && IsDefaultHost(host);
        var prefix = PathPrefix(context.Request.Path.Value ?? "");
        var clientKey = prefix.Client is { } prefixClient && (prefixClient == hostClient || onDefaultHost)
            ? EnterPrefix(context, prefix.Segment, prefixClient)
            : hostClient ?? (onDefaultHost ? ClientKeys.Default : null);
        if (clientKey is null)
        {
            context.Response.StatusCode = StatusCodes.Status404NotFound;
            return context.Response.WriteAsync("Not found");
        }

        context.Items[CurrentClient.HttpContextItem] = clientKey;
        current.Set(clientKey);
        return next(context);
    }

    /// <summary>Strict mode: the listed hosts and this machine's names (health probes, a local try-out of the image).</summary>
    private bool IsDefaultHost(string host) =>
        !hosting.Value.IsStrict || hosting.Value.Hosts.Contains(host, StringComparer.OrdinalIgnoreCase) || LoopbackHost.Is(host);

    private (string Segment, string? Client) PathPrefix(string path)
    {
        var segmentEnd = path.IndexOf('/', 1);
        var segment = segmentEnd < 0 ? path.TrimStart('/') : path[1..segmentEnd];
        return (segment, segment.Length == 0 ? null : registry.FindByPathPrefix(segment));
    }

    private static string EnterPrefix(HttpContext context, string segment, string clientKey)
    {
        var path = context.Request.Path.Value!;
        context.Request.PathBase = context.Request.PathBase.Add("/" + segment);
        context.Request.Path = path.Length == segment.Length + 1 ? "/" : path[(segment.Length + 1)..];
        return clientKey;
    }
}
