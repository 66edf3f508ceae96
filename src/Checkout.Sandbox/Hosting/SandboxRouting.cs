using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace Checkout.Sandbox.Hosting;

/// <summary>Names an endpoint for request statistics and fault rules (not ASP.NET endpoint names, which must be unique app-wide).</summary>
internal sealed record SandboxEndpoint(string Name);

/// <summary>A page a visitor's browser opens (payment simulator, tickets), public even where the API is not.</summary>
internal sealed record BrowserFacingEndpoint;

/// <summary>Where the sandbox is mounted, so absolute links work on any host, port and prefix.</summary>
internal sealed record SandboxMount(string Prefix);

internal static class SandboxRouting
{
    public static RouteHandlerBuilder Named(this RouteHandlerBuilder builder, string name) =>
        builder.WithMetadata(new SandboxEndpoint(name));

    /// <summary>Marks a page for visitors' browsers: it stays public outside Development (<see cref="LocalCallersOnlyFilter"/>).</summary>
    public static RouteHandlerBuilder ForBrowsers(this RouteHandlerBuilder builder) =>
        builder.WithMetadata(new BrowserFacingEndpoint());

    public static string Prefix(this HttpContext http) =>
        http.GetEndpoint()?.Metadata.GetMetadata<SandboxMount>()?.Prefix ?? "";

    public static string SandboxRoot(this HttpContext http)
    {
        var request = http.Request;
        return $"{request.Scheme}://{request.Host}{request.PathBase}{http.Prefix()}";
    }

    public static string PaymentPageUrl(this HttpContext http, string orderKey) =>
        $"{http.SandboxRoot()}/pay/{Uri.EscapeDataString(orderKey)}";

    public static string OrderDocumentUrl(this HttpContext http, string client, string orderKey, string document) =>
        $"{http.SandboxRoot()}/tickets/{Uri.EscapeDataString(client)}/order/{Uri.EscapeDataString(orderKey)}/{document}";
}
