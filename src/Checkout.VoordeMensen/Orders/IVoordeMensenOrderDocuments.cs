namespace Checkout.VoordeMensen.Orders;

/// <summary>Where an order's documents are, without asking VdM.</summary>
public interface IVoordeMensenOrderDocuments
{
    /// <summary>
    /// <c>{ticket host}/{client}/order/{order_key}/ticket</c> and <c>…/receipt</c>, the form the public order status
    /// answers with (contract §1.6), on the client's ticket host. For a list of orders, where asking each status would
    /// cost a call per order; a page about one order shows the URLs of its status instead.
    /// </summary>
    OrderDocuments For(string clientKey, string orderKey);
}
