using Refit;

namespace Checkout.VoordeMensen.Public.Wire;

/// <summary>The ticket host (tickets.voordemensen.nl or the venue's own shop domain).</summary>
internal interface ITicketHostApi
{
    /// <summary>The route template, which is what logs may show of this call (never the order key).</summary>
    const string PaymentCheckTemplate = "/api/{client}/payment/{orderKey}";

    /// <summary>
    /// Real status check with the payment provider; as a side effect VdM sends the tickets
    /// (once). The response body is undocumented, so it is not read.
    /// </summary>
    [Get(PaymentCheckTemplate)]
    Task CheckPayment(string client, string orderKey, CancellationToken cancellationToken);
}
