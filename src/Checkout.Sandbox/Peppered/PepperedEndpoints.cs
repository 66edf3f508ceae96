using Microsoft.AspNetCore.Routing;

namespace Checkout.Sandbox.Peppered;

internal static class PepperedEndpoints
{
    public static RouteGroupBuilder MapPeppered(this RouteGroupBuilder peppered)
    {
        peppered.MapPepperedCustomers();
        peppered.MapPepperedCatalogue();
        peppered.MapPepperedCart();
        peppered.MapPepperedOrders();
        return peppered;
    }
}
