namespace Checkout.Web.Features.Orders;

internal static class OrdersServiceCollectionExtensions
{
    /// <summary>The order status page and retrying a failed payment with the same selection.</summary>
    public static IServiceCollection AddCheckoutOrders(this IServiceCollection services)
    {
        services.AddSingleton<OrderAttemptStore>();
        services.AddScoped<OrderStatusService>();
        return services;
    }
}
