using Checkout.Sandbox.Admin;
using Checkout.Sandbox.Faults;
using Checkout.Sandbox.Hosting;
using Checkout.Sandbox.Payments;
using Checkout.Sandbox.Peppered;
using Checkout.Sandbox.PublicApi;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace Checkout.Sandbox;

public static class SandboxEndpointRouteBuilderExtensions
{
    /// <summary>
    /// Maps the sandbox under <paramref name="prefix"/>: the VdM API at {prefix}/v1/{client}/…
    /// (public and peppered/…), the payment simulator at {prefix}/pay/{order_key}, the ticket host
    /// at {prefix}/tickets/…, and test controls at {prefix}/admin/… unless <paramref name="includeAdmin"/> is false
    /// (then they answer 404 like any unknown path). Outside Development everything but the pages a browser opens
    /// answers only callers on this machine (<see cref="LocalCallersOnlyFilter"/>).
    /// </summary>
    public static IEndpointRouteBuilder MapVoordeMensenSandbox(this IEndpointRouteBuilder endpoints, string prefix = "/sandbox", bool includeAdmin = true)
    {
        var mount = new SandboxMount(prefix.Trim('/') is { Length: > 0 } trimmed ? "/" + trimmed : "");
        var root = endpoints.MapGroup(mount.Prefix).WithMetadata(mount).ExcludeFromDescription();
        if (!endpoints.ServiceProvider.GetRequiredService<IHostEnvironment>().IsDevelopment())
        {
            root.AddEndpointFilter<LocalCallersOnlyFilter>();
        }

        var traffic = root.MapGroup("").AddEndpointFilter<TrafficFilter>();
        var v1 = traffic.MapGroup("/v1/{client}").AddEndpointFilter<ClientFilter>();
        v1.MapPublicEvents();
        v1.MapPublicCart();
        v1.MapPublicOrders();
        v1.MapGroup("/peppered").AddEndpointFilter<PepperedAuthFilter>().MapPeppered();

        traffic.MapGroup("/pay").MapPaymentSimulator();
        var tickets = traffic.MapGroup("/tickets");
        tickets.AddEndpointFilter<ClientFilter>().MapTicketHost();

        if (includeAdmin)
        {
            root.MapGroup("/admin").MapSandboxAdmin();
        }

        return endpoints;
    }
}
