using Refit;

namespace Checkout.VoordeMensen.Public.Wire;

/// <summary>The ticket host (tickets.voordemensen.nl or the venue's own shop domain).</summary>
internal interface ITicketHostApi
{
    /// <summary>
    /// Real status check with the payment provider; as a side effect VdM sends the tickets
    /// (once). The response body is undocumented, so it is not read.
    /// </summary>
    [Get("/api/{client}/payment/{orderKey}")]
    Task CheckPayment(string client, string orderKey, CancellationToken cancellationToken);
}
