namespace Checkout.Web.Shell.Visitors;

internal static class VisitorServiceCollectionExtensions
{
    /// <summary>The anonymous visitor of a request or circuit (<see cref="VisitorMiddleware"/> issues the id).</summary>
    public static IServiceCollection AddCheckoutVisitors(this IServiceCollection services)
    {
        services.AddScoped<CurrentVisitor>();
        return services;
    }
}
