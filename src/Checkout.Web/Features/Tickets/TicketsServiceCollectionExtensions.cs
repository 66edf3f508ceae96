namespace Checkout.Web.Features.Tickets;

internal static class TicketsServiceCollectionExtensions
{
    /// <summary>After paying: the evenings of an order, their calendar entries and My tickets.</summary>
    public static IServiceCollection AddCheckoutTickets(this IServiceCollection services)
    {
        services.AddScoped<HallDirectory>();
        services.AddScoped<EveningCatalog>();
        services.AddScoped<EveningCalendar>();
        services.AddScoped<OrderEvenings>();
        return services;
    }

    /// <summary>The calendar files of an order's evenings.</summary>
    public static IEndpointRouteBuilder MapCheckoutTickets(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapCalendarFiles();
        return endpoints;
    }
}
