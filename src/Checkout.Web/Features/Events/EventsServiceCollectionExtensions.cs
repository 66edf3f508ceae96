namespace Checkout.Web.Features.Events;

internal static class EventsServiceCollectionExtensions
{
    /// <summary>The programme and the event page: cached VdM reads and the sanitized event texts.</summary>
    public static IServiceCollection AddCheckoutEvents(this IServiceCollection services)
    {
        services.AddMemoryCache();
        services.AddSingleton<EventTextSanitizer>();
        services.AddScoped<ProgrammeService>();
        return services;
    }
}
