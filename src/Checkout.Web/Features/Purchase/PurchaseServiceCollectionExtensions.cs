using FluentValidation;

namespace Checkout.Web.Features.Purchase;

internal static class PurchaseServiceCollectionExtensions
{
    /// <summary>The checkout page: the form's state, buyer details, payment methods and placing the order.</summary>
    public static IServiceCollection AddCheckoutPurchase(this IServiceCollection services)
    {
        services.AddScoped<CheckoutService>();
        services.AddScoped<IValidator<BuyerForm>, BuyerFormValidator>();
        services.AddScoped<CheckoutState>();
        return services;
    }
}
