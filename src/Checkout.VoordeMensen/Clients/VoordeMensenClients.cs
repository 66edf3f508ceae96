using Checkout.VoordeMensen.Carts;
using Checkout.VoordeMensen.Configuration;
using Checkout.VoordeMensen.Peppered;
using Checkout.VoordeMensen.Public;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Checkout.VoordeMensen.Clients;

/// <summary>Hands out lightweight per-key clients that read the current options on each <see cref="For"/>.</summary>
internal sealed class VoordeMensenClients(
    VoordeMensenClientRegistry registry,
    IOptionsMonitor<VoordeMensenOptions> options,
    VdmApiFactory apis,
    ILogger<VdmPublicService> publicLogger,
    ILogger<TicketCart> cartLogger) : IVoordeMensenClients
{
    public IReadOnlyCollection<string> ClientKeys => registry.Keys;

    public IVoordeMensenClient For(string clientKey)
    {
        ArgumentNullException.ThrowIfNull(clientKey);
        if (!registry.Contains(clientKey))
        {
            throw new KeyNotFoundException(
                $"No VoordeMensen client '{clientKey}' is configured; known client keys: {string.Join(", ", registry.Keys)}.");
        }

        var settings = options.Get(clientKey);
        var publicService = new VdmPublicService(settings.Client, () => apis.Public(clientKey), () => apis.TicketHost(clientKey), publicLogger);
        var pepperedService = new VdmPepperedService(settings.Client, () => PepperedApi(clientKey));
        return new VoordeMensenClient(clientKey, settings.Client, settings.HasApiKey, publicService, pepperedService, cartLogger);
    }

    private Peppered.Wire.IVdmPepperedApi PepperedApi(string clientKey) =>
        options.Get(clientKey).HasApiKey
            ? apis.Peppered(clientKey)
            : throw new VoordeMensenException(
                VdmErrorKind.Unauthorized,
                $"VoordeMensen client '{clientKey}' has no Peppered API key ({registry.ConfigPath(clientKey)}:ApiKey).");
}
