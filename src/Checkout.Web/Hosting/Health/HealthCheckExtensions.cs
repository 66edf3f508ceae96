using Checkout.VoordeMensen.Connectivity;
using Checkout.Web.Features.Customers;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace Checkout.Web.Hosting.Health;

internal static class HealthCheckExtensions
{
    /// <summary>Tag for checks that must pass before the instance takes traffic.</summary>
    public const string ReadyTag = "ready";

    /// <summary>
    /// Live: the process answers. Ready: VdM answers every client (<see cref="VoordeMensenHealthCheck"/>), and Redis
    /// and the SMTP server answer when configured. A client on a real VdM is also checked once at start-up.
    /// </summary>
    public static IServiceCollection AddCheckoutHealthChecks(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddSingleton<CachedProbe<VdmConnectivityReport>>();
        services.AddSingleton<CachedProbe<HealthCheckResult>>();
        services.AddSingleton<VoordeMensenHealthCheck>();
        services.AddHostedService<VoordeMensenStartupCheck>();

        var checks = services.AddHealthChecks()
            .AddCheck("process", () => HealthCheckResult.Healthy(), tags: ["live"])
            .Add(new HealthCheckRegistration("voordemensen", sp => sp.GetRequiredService<VoordeMensenHealthCheck>(), null, [ReadyTag]));
        if (!string.IsNullOrWhiteSpace(configuration[ScaleOutExtensions.RedisSetting]))
        {
            checks.AddCheck<RedisHealthCheck>("redis", tags: [ReadyTag]);
        }

        if (!string.IsNullOrWhiteSpace(configuration[$"{MailOptions.Section}:Host"]))
        {
            checks.AddCheck<SmtpHealthCheck>("smtp", tags: [ReadyTag]);
        }

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
