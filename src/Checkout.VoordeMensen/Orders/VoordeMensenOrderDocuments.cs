using Checkout.VoordeMensen.Configuration;

namespace Checkout.VoordeMensen.Orders;

internal sealed class VoordeMensenOrderDocuments(IVoordeMensenClients clients, IVoordeMensenEndpointResolver endpoints) : IVoordeMensenOrderDocuments
{
    public OrderDocuments For(string clientKey, string orderKey)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(orderKey);
        var host = endpoints.ResolveTicketHost(clientKey);
        var root = host.AbsoluteUri.EndsWith('/') ? host : new Uri(host.AbsoluteUri + "/");
        var order = new Uri(root, $"{Uri.EscapeDataString(clients.For(clientKey).ClientName)}/order/{Uri.EscapeDataString(orderKey)}/");
        return new OrderDocuments(new Uri(order, "ticket"), new Uri(order, "receipt"));
    }
}
