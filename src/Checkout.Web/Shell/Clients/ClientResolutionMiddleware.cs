using Microsoft.Extensions.Options;

namespace Checkout.Web.Shell.Clients;

/// <summary>
/// Picks the white-label client for a request: a configured path prefix ("/fringe/…", which becomes the PathBase so
/// links and the Blazor base href stay inside the client), then a claimed host name, else the default client.
/// In strict mode a host nobody claims gets a neutral 404 instead of the default shop.
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

        var clientKey = FromPathPrefix(context) ?? registry.FindByHost(context.Request.Host.Host);
        if (clientKey is null)
        {
            if (hosting.Value.StrictHosts && !hosting.Value.Hosts.Contains(context.Request.Host.Host, StringComparer.OrdinalIgnoreCase))
            {
                context.Response.StatusCode = StatusCodes.Status404NotFound;
                return context.Response.WriteAsync("Not found");
            }

            clientKey = ClientKeys.Default;
        }

        context.Items[CurrentClient.HttpContextItem] = clientKey;
        current.Set(clientKey);
        return next(context);
    }

    private string? FromPathPrefix(HttpContext context)
    {
        var path = context.Request.Path.Value ?? "";
        var segmentEnd = path.IndexOf('/', 1);
        var segment = segmentEnd < 0 ? path.TrimStart('/') : path[1..segmentEnd];
        if (segment.Length == 0 || registry.FindByPathPrefix(segment) is not { } key)
        {
            return null;
        }

        context.Request.PathBase = context.Request.PathBase.Add("/" + segment);
        context.Request.Path = segmentEnd < 0 ? "/" : path[segmentEnd..];
        return key;
    }
}
