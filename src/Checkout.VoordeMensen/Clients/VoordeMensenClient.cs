using Checkout.VoordeMensen.Carts;
using Checkout.VoordeMensen.Peppered;
using Checkout.VoordeMensen.Public;
using Microsoft.Extensions.Logging;

namespace Checkout.VoordeMensen.Clients;

internal sealed class VoordeMensenClient(
    string clientKey,
    string clientName,
    bool hasPepperedKey,
    IVdmPublicService publicService,
    IVdmPepperedService pepperedService,
    ILogger<TicketCart> cartLogger) : IVoordeMensenClient
{
    private ITicketCart? carts;

    public string ClientKey => clientKey;

    public string ClientName => clientName;

    public bool HasPepperedKey => hasPepperedKey;

    public IVdmPublicService Public => publicService;

    public IVdmPepperedService Peppered => pepperedService;

    public ITicketCart Carts => carts ??= new TicketCart(this, cartLogger);
}
