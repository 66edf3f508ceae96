using Checkout.VoordeMensen.Configuration;
using Checkout.Web.Shell.Upstream;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace Checkout.UnitTests.Hosting;

public sealed class EmbeddedSandboxEndpointResolverTests
{
    private readonly EmbeddedSandboxEndpointResolver resolver;

    public EmbeddedSandboxEndpointResolverTests()
    {
        var services = new ServiceCollection();
        services.Configure<VoordeMensenOptions>("default", o => o.Client = "demo");
        services.Configure<VoordeMensenOptions>("live", o => (o.Client, o.BaseUrl) = ("venue", "https://api.voordemensen.nl/v1/"));
        services.Configure<VoordeMensenOptions>("own", o => (o.Client, o.BaseUrl, o.TicketHostUrl) = ("venue", "https://api.voordemensen.nl/", "https://tickets.venue.nl/"));
        resolver = new EmbeddedSandboxEndpointResolver(new ListeningServer(), services.BuildServiceProvider().GetRequiredService<IOptionsMonitor<VoordeMensenOptions>>());
    }

    [Fact]
    public void A_sandbox_client_checks_payments_on_the_sandboxs_ticket_host()
    {
        Assert.Equal(new Uri("http://127.0.0.1:5000/sandbox/tickets/"), resolver.ResolveTicketHost("default"));
    }

    [Fact]
    public void A_client_with_a_real_BaseUrl_and_no_TicketHostUrl_gets_vdms_ticket_host_not_the_api_host()
    {
        Assert.Equal(VdmEndpoints.DefaultTicketHost, resolver.ResolveTicketHost("live"));
    }

    [Fact]
    public void A_configured_TicketHostUrl_wins()
    {
        Assert.Equal(new Uri("https://tickets.venue.nl/"), resolver.ResolveTicketHost("own"));
    }

    private sealed class ListeningServer : IServer
    {
        public ListeningServer()
        {
            var addresses = new ServerAddressesFeature();
            addresses.Addresses.Add("http://localhost:5000");
            Features.Set<IServerAddressesFeature>(addresses);
        }

        public IFeatureCollection Features { get; } = new FeatureCollection();

        public Task StartAsync<TContext>(IHttpApplication<TContext> application, CancellationToken cancellationToken)
            where TContext : notnull => Task.CompletedTask;

        public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;

        public void Dispose()
        {
        }
    }
}
