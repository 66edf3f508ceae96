using System.Net;
using Microsoft.AspNetCore.Http;

namespace Checkout.Sandbox.Hosting;

/// <summary>
/// Outside Development the sandbox's API (public and Peppered, the ticket host's payment check, the test controls)
/// answers only callers on this machine: the shop that embeds it, or a test or benchmark beside it. Its demo keys and
/// public carts would otherwise hand every demo buyer's details to anyone. Pages a browser opens (the payment
/// simulator, tickets and receipts) are marked <see cref="BrowserFacingEndpoint"/> and stay public.
/// Others get 404, like a path that does not exist.
/// </summary>
internal sealed class LocalCallersOnlyFilter : IEndpointFilter
{
    /// <summary>A request a proxy forwarded is a visitor's, even when the proxy itself runs on this machine.</summary>
    private static readonly string[] ProxyHeaders = ["X-Forwarded-For", "Forwarded", "X-Original-For"];

    public ValueTask<object?> InvokeAsync(EndpointFilterInvocationContext context, EndpointFilterDelegate next)
    {
        var http = context.HttpContext;
        return http.GetEndpoint()?.Metadata.GetMetadata<BrowserFacingEndpoint>() is not null || IsLocal(http)
            ? next(context)
            : ValueTask.FromResult<object?>(SandboxJson.NotFound("Not found"));
    }

    /// <summary>
    /// A loopback caller, or one whose address is the one it reached us on (the shop calling itself on a non-loopback
    /// listening address), that did not come through a proxy.
    /// </summary>
    internal static bool IsLocal(HttpContext http)
    {
        var connection = http.Connection;
        if (connection.RemoteIpAddress is not { } remote || ProxyHeaders.Any(h => http.Request.Headers.ContainsKey(h)))
        {
            return false;
        }

        return IPAddress.IsLoopback(remote) || remote.Equals(connection.LocalIpAddress);
    }
}
