using Checkout.VoordeMensen.Configuration;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.Options;

namespace Checkout.Web.Shell.Upstream;

/// <summary>
/// Points clients without a VdM base URL at the sandbox this app serves under <see cref="PathPrefix"/>, over real
/// HTTP on the app's own listening address, so requests go through the same Refit client and handlers as for VdM.
/// The address is only known once the server listens, which is why it is resolved per HttpClient, not at start-up.
/// </summary>
internal sealed class EmbeddedSandboxEndpointResolver(IServer server, IOptionsMonitor<VoordeMensenOptions> options)
    : IVoordeMensenEndpointResolver
{
    public const string PathPrefix = "/sandbox";

    public Uri ResolveBaseAddress(string clientKey) =>
        options.Get(clientKey).BaseUrl is { Length: > 0 } baseUrl ? new Uri(baseUrl) : new Uri(SelfAddress(), "sandbox/");

    public Uri ResolveTicketHost(string clientKey)
    {
        var client = options.Get(clientKey);
        return client.TicketHostUrl is { Length: > 0 } ticketHost ? new Uri(ticketHost)
            : client.BaseUrl is { Length: > 0 } ? VdmEndpoints.DefaultTicketHost
            : new Uri(SelfAddress(), "sandbox/tickets/");
    }

    private Uri SelfAddress()
    {
        var addresses = server.Features.Get<IServerAddressesFeature>()?.Addresses ?? [];
        var address = addresses.FirstOrDefault(a => a.StartsWith("http://", StringComparison.OrdinalIgnoreCase))
            ?? addresses.FirstOrDefault()
            ?? throw new InvalidOperationException(
                "The embedded VdM sandbox needs the app to listen on an address; set VoordeMensen:BaseUrl to use a real VdM API.");
        var uri = new UriBuilder(address.Replace("://+", "://localhost", StringComparison.Ordinal).Replace("://*", "://localhost", StringComparison.Ordinal));
        if (uri.Host is "localhost" or "0.0.0.0" or "[::]" or "::")
        {
            uri.Host = "127.0.0.1";
        }

        uri.Path = "/";
        return uri.Uri;
    }
}
