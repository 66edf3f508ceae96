using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace Checkout.Web.Hosting;

internal static class HealthCheckExtensions
{
    /// <summary>Tag for checks that must pass before the instance takes traffic (e.g. upstream reachable).</summary>
    public const string ReadyTag = "ready";

    public static IServiceCollection AddCheckoutHealthChecks(this IServiceCollection services)
    {
        services.AddHealthChecks()
            .AddCheck("process", () => HealthCheckResult.Healthy(), tags: ["live"]);
        return services;
    }

    /// <summary>Both endpoints answer with the bare status ("Healthy"/"Unhealthy"): no internals for the outside world.</summary>
    public static IEndpointRouteBuilder MapCheckoutHealthChecks(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapHealthChecks("/health/live", new() { Predicate = c => c.Tags.Contains("live") });
        endpoints.MapHealthChecks("/health/ready", new() { Predicate = c => c.Tags.Contains(ReadyTag) || c.Tags.Contains("live") });
        return endpoints;
    }
}
