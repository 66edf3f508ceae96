using System.Collections.Concurrent;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;

namespace Checkout.E2ETests.ScaleOut;

/// <summary>
/// Test-only record of the requests one app instance received ("GET /event/1001"), added in front of the app's own
/// pipeline through an <see cref="IStartupFilter"/> so the product carries no hook for it.
/// </summary>
public sealed class RequestLog : IStartupFilter
{
    private readonly ConcurrentQueue<string> requests = new();

    /// <summary>Pages and form posts: no circuit traffic, no static asset, no call to the embedded sandbox.</summary>
    public IReadOnlyList<string> PageRequests => [.. requests.Where(IsPage)];

    public IReadOnlyList<string> CircuitRequests => [.. requests.Where(r => PathOf(r).StartsWith("/_blazor", StringComparison.Ordinal))];

    public Action<IApplicationBuilder> Configure(Action<IApplicationBuilder> next) => app =>
    {
        app.Use((context, nextMiddleware) =>
        {
            requests.Enqueue($"{context.Request.Method} {context.Request.Path}");
            return nextMiddleware(context);
        });
        next(app);
    };

    private static string PathOf(string request) => request[(request.IndexOf(' ', StringComparison.Ordinal) + 1)..];

    private static bool IsPage(string request)
    {
        var path = PathOf(request);
        return !path.StartsWith("/_", StringComparison.Ordinal)
            && !path.StartsWith("/sandbox/", StringComparison.Ordinal)
            && !Path.HasExtension(path);
    }
}
