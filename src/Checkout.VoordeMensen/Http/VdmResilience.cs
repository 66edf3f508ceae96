using Checkout.VoordeMensen.Configuration;
using Microsoft.Extensions.Http.Resilience;

namespace Checkout.VoordeMensen.Http;

/// <summary>Standard resilience tuned for VdM: retries only for safe methods, configured timeouts.</summary>
internal static class VdmResilience
{
    private static readonly TimeSpan MinimumSamplingDuration = TimeSpan.FromSeconds(30);

    public static void Apply(HttpStandardResilienceOptions resilience, VoordeMensenOptions options)
    {
        var attempt = TimeSpan.FromSeconds(options.AttemptTimeoutSeconds);

        // A POST to cart add or order create must never reach VdM twice: retries are GET/HEAD only.
        resilience.Retry.DisableForUnsafeHttpMethods();
        // A visitor is waiting: back off briefly (0.5 s, 1 s, … with jitter) so retries fit well inside the total
        // timeout instead of the standard 2 s, 4 s, 8 s.
        resilience.Retry.Delay = TimeSpan.FromMilliseconds(500);
        resilience.AttemptTimeout.Timeout = attempt;
        resilience.TotalRequestTimeout.Timeout = TimeSpan.FromSeconds(options.TotalTimeoutSeconds);

        // The breaker's sampling window must be at least twice the attempt timeout (options validation).
        var sampling = attempt * 2;
        resilience.CircuitBreaker.SamplingDuration = sampling > MinimumSamplingDuration ? sampling : MinimumSamplingDuration;
        resilience.CircuitBreaker.MinimumThroughput = options.CircuitBreakerMinimumThroughput;
    }
}
