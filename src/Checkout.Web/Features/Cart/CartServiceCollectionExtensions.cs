using Checkout.Web.Shell.Visitors;

namespace Checkout.Web.Features.Cart;

internal static class CartServiceCollectionExtensions
{
    /// <summary>The visitor's cart: the session kept on the server, the VdM cart behind it and the donation.</summary>
    public static IServiceCollection AddCheckoutCart(this IServiceCollection services)
    {
        services.AddSingleton<CartSessionStore>();
        services.AddSingleton<IVisitorStateCarrier, CartSessionCarrier>();
        services.AddSingleton<AddressHolds>();
        services.AddScoped<CartSessions>();
        services.AddScoped<TicketHolds>();
        services.AddScoped<HoldChecks>();
        services.AddScoped<SeatHolds>();
        services.AddScoped<SeatRenewal>();
        services.AddScoped<CartService>();
        services.AddScoped<DonationService>();
        return services;
    }
}
