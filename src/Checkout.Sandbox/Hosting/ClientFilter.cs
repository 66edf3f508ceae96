using Checkout.Sandbox.Data;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace Checkout.Sandbox.Hosting;

/// <summary>Every route with a {client} segment answers 404 for clients the sandbox does not know.</summary>
internal sealed class ClientFilter(SandboxStore store) : IEndpointFilter
{
    public async ValueTask<object?> InvokeAsync(EndpointFilterInvocationContext context, EndpointFilterDelegate next) =>
        context.HttpContext.GetRouteValue("client") is string client && store.Exists(client)
            ? await next(context)
            : SandboxJson.NotFound("Client not found");
}
