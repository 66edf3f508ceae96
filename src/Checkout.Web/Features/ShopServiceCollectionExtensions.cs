using Checkout.Web.Features.Cart;
using Checkout.Web.Features.Events;
using Checkout.Web.Features.Orders;
using Checkout.Web.Features.Purchase;
using Checkout.Web.Features.Seats;
using Checkout.Web.Features.Tickets;
using Checkout.Web.Shell.Security;
using Checkout.Web.Shell.Visitors;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace Checkout.Web.Features;

internal static class ShopServiceCollectionExtensions
{
    /// <summary>
    /// The buying flow, per client and visitor, in the order a buyer meets it: programme and event, seat choice, cart,
    /// purchase, order status, after paying (identified checkout registers itself: it needs the configuration).
    /// </summary>
    public static IServiceCollection AddCheckoutShop(this IServiceCollection services)
    {
        services.TryAddSingleton(TimeProvider.System);
        services.AddHybridCache();
        services.AddMetrics();
        services.TryAddSingleton<ShopMetrics>();
        // In memory on a single instance; scale-out registers Redis before this line and this becomes a no-op.
        services.AddDistributedMemoryCache();
        services.AddCheckoutVisitors();
        services.AddCheckoutAbuseGuard();

        return services
            .AddCheckoutEvents()
            .AddCheckoutSeats()
            .AddCheckoutCart()
            .AddCheckoutPurchase()
            .AddCheckoutOrders()
            .AddCheckoutTickets();
    }
}
