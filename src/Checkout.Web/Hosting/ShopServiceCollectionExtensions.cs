using Checkout.Web.Features.Cart;
using Checkout.Web.Features.Checkout;
using Checkout.Web.Features.Events;
using Checkout.Web.Features.Orders;
using Checkout.Web.Features.Security;
using Checkout.Web.Features.Visitors;
using FluentValidation;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace Checkout.Web.Hosting;

internal static class ShopServiceCollectionExtensions
{
    /// <summary>The buying flow: programme, cart, checkout and order status, per client and visitor.</summary>
    public static IServiceCollection AddCheckoutShop(this IServiceCollection services)
    {
        services.TryAddSingleton(TimeProvider.System);
        services.AddHybridCache();
        // In memory on a single instance; scale-out registers Redis before this line and this becomes a no-op.
        services.AddDistributedMemoryCache();

        services.AddScoped<CurrentVisitor>();
        services.AddSingleton<VisitorLocks>();
        services.AddOptions<AbuseLimits>();
        services.TryAddSingleton<AbuseGuard>();
        services.AddSingleton<CartSessionStore>();
        services.AddSingleton<OrderAttemptStore>();
        services.AddMemoryCache();
        services.AddSingleton<EventTextSanitizer>();

        services.AddScoped<ProgrammeService>();
        services.AddScoped<CartService>();
        services.AddScoped<DonationCart>();
        services.AddScoped<DonationService>();
        services.AddScoped<CheckoutService>();
        services.AddScoped<OrderStatusService>();
        services.AddScoped<IValidator<BuyerForm>, BuyerFormValidator>();
        return services;
    }
}
