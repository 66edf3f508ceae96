namespace Checkout.Web.Features.Seats;

internal static class SeatsServiceCollectionExtensions
{
    /// <summary>Seat choice between the event page and the cart: the plan summary for the event page (the hold path is the cart's).</summary>
    public static IServiceCollection AddCheckoutSeats(this IServiceCollection services)
    {
        services.AddMemoryCache();
        services.AddScoped<SeatPlanSummaries>();
        return services;
    }
}
