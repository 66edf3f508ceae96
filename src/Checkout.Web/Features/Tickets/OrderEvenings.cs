using Checkout.Web.Features.Customers;
using Checkout.Web.Features.Orders;
using Checkout.Web.Shell.Clients;

namespace Checkout.Web.Features.Tickets;

/// <summary>
/// The evenings of one order by its key, which is the secret (as for the status page): from what the cart held when
/// the order was placed here (<see cref="OrderAttemptStore"/>), else from the verified visitor's own orders
/// (<see cref="CustomerOrderHistory"/>, cached). Empty when neither knows the order: the public order status names its
/// events only, without dates or halls.
/// </summary>
public sealed class OrderEvenings(OrderAttemptStore attempts, EveningCatalog catalog, CustomerIdentityService identity, CurrentClient client)
{
    public async Task<IReadOnlyList<Evening>> OfAsync(string orderKey, CancellationToken cancellationToken)
    {
        if (!OrderStatusService.IsPlausibleKey(orderKey))
        {
            return [];
        }

        if (await attempts.GetAsync(client.Key, orderKey, cancellationToken) is { Lines.Count: > 0 } attempt)
        {
            return (await catalog.ScheduleAsync(attempt.Lines.Select(l => l.EventId), null, cancellationToken)).Of(attempt.Lines);
        }

        var mine = await identity.GetOrdersAsync(cancellationToken);
        return mine.Value?.FirstOrDefault(o => string.Equals(o.OrderKey, orderKey, StringComparison.Ordinal))?.Evenings ?? [];
    }
}
