using Microsoft.Extensions.DependencyInjection.Extensions;

namespace Checkout.Web.Shell.Visitors;

internal static class VisitorServiceCollectionExtensions
{
    /// <summary>
    /// The anonymous visitor of a request or circuit (<see cref="VisitorMiddleware"/> issues the id) and the lock that
    /// serialises their changes: in memory unless a shared <see cref="IVisitorLock"/> was registered before; and the new
    /// id after verification (<see cref="IVisitorRotation"/>), which features follow with an <see cref="IVisitorStateCarrier"/>.
    /// </summary>
    public static IServiceCollection AddCheckoutVisitors(this IServiceCollection services)
    {
        services.AddScoped<CurrentVisitor>();
        services.AddScoped<IVisitorRotation, VisitorRotation>();
        services.TryAddSingleton<IVisitorLock, StripedVisitorLock>();
        return services;
    }
}
