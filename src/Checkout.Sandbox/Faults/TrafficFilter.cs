using Checkout.Sandbox.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace Checkout.Sandbox.Faults;

/// <summary>Counts each sandbox request and applies the first matching fault rule.</summary>
internal sealed class TrafficFilter(SandboxRequestStats stats, FaultRegistry faults, TimeProvider time) : IEndpointFilter
{
    public async ValueTask<object?> InvokeAsync(EndpointFilterInvocationContext context, EndpointFilterDelegate next)
    {
        var http = context.HttpContext;
        var endpoint = http.GetEndpoint()?.Metadata.GetMetadata<SandboxEndpoint>()?.Name ?? "unnamed";
        var client = http.GetRouteValue("client") as string;
        stats.Record(client ?? SandboxRequestStats.NoClient, endpoint);

        var path = http.Request.Path.Value ?? "";
        var prefix = http.Prefix();
        path = path.StartsWith(prefix, StringComparison.OrdinalIgnoreCase) ? path[prefix.Length..] : path;
        return faults.Match(endpoint, path, client) is { } rule
            ? await FaultResponses.Apply(rule, http, time, () => next(context))
            : await next(context);
    }
}
