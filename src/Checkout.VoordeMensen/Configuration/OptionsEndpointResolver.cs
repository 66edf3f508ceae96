using Microsoft.Extensions.Options;

namespace Checkout.VoordeMensen.Configuration;

/// <summary>Default resolver: takes the addresses from the configured options.</summary>
internal sealed class OptionsEndpointResolver(
    IOptionsMonitor<VoordeMensenOptions> options,
    VoordeMensenClientRegistry registry) : IVoordeMensenEndpointResolver
{
    public Uri ResolveBaseAddress(string clientKey)
    {
        var baseUrl = options.Get(clientKey).BaseUrl;
        if (string.IsNullOrWhiteSpace(baseUrl))
        {
            throw new InvalidOperationException(
                $"{registry.ConfigPath(clientKey)}:BaseUrl is empty (embedded sandbox) and no " +
                $"{nameof(IVoordeMensenEndpointResolver)} that knows the sandbox address was registered.");
        }

        return new Uri(baseUrl, UriKind.Absolute);
    }

    public Uri ResolveTicketHost(string clientKey)
    {
        var ticketHost = options.Get(clientKey).TicketHostUrl;
        return string.IsNullOrWhiteSpace(ticketHost) ? VdmEndpoints.DefaultTicketHost : new Uri(ticketHost, UriKind.Absolute);
    }
}
