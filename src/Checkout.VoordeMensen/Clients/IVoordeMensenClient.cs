using Checkout.VoordeMensen.Carts;
using Checkout.VoordeMensen.Peppered;
using Checkout.VoordeMensen.Public;

namespace Checkout.VoordeMensen;

/// <summary>One VdM client: its name in /v1/{client}/… and both APIs.</summary>
public interface IVoordeMensenClient
{
    string ClientKey { get; }

    /// <summary>VdM client_name used in request paths.</summary>
    string ClientName { get; }

    /// <summary>Whether a Peppered key is configured; without one every Peppered call throws Unauthorized.</summary>
    bool HasPepperedKey { get; }

    IVdmPublicService Public { get; }

    IVdmPepperedService Peppered { get; }

    /// <summary>The ticket-cart mechanics over both APIs, with refusals named instead of thrown.</summary>
    ITicketCart Carts { get; }
}
