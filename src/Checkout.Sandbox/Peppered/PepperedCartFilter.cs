using Checkout.Sandbox.Hosting;
using Microsoft.AspNetCore.Http;

namespace Checkout.Sandbox.Peppered;

/// <summary>
/// VdM documents no way to create a Peppered cart, nor that a public cart_id is one. Unless the sandbox shares its
/// public carts with Peppered (an invention), every Peppered cart call answers 404.
/// </summary>
internal sealed class PepperedCartFilter(Inventions inventions) : IEndpointFilter
{
    public async ValueTask<object?> InvokeAsync(EndpointFilterInvocationContext context, EndpointFilterDelegate next) =>
        inventions.PepperedSharesPublicCarts ? await next(context) : SandboxJson.NotFound("Cart not found");
}
