namespace Checkout.VoordeMensen.Configuration;

/// <summary>
/// Supplies the host roots for a client key when its HttpClient is created. Replace it to point
/// clients without a BaseUrl at an embedded sandbox whose address is only known after start-up.
/// </summary>
public interface IVoordeMensenEndpointResolver
{
    /// <summary>
    /// Root of the API host; requests go to {root}/v1/{client}/…. A root ending in /v1 (as VdM documents its base) is
    /// fine: the trailing segment is dropped when the HttpClient is configured (<see cref="VdmEndpoints.ApiRoot"/>).
    /// </summary>
    Uri ResolveBaseAddress(string clientKey);

    /// <summary>Root of the ticket host; the payment check goes to {root}/api/{client}/payment/{orderKey}.</summary>
    Uri ResolveTicketHost(string clientKey);
}
