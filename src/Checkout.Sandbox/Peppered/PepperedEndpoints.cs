using Microsoft.AspNetCore.Routing;

namespace Checkout.Sandbox.Peppered;

internal static class PepperedEndpoints
{
    public static void MapPeppered(this RouteGroupBuilder peppered)
    {
    }
}
