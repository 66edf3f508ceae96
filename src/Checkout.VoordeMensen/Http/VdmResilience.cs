using Checkout.VoordeMensen.Configuration;
using Microsoft.Extensions.Http.Resilience;
using Polly;
using Polly.Timeout;

namespace Checkout.VoordeMensen.Http;

/// <summary>
/// Standard resilience tuned for VdM: a bound on concurrent calls per client, retries only for safe methods, configured
/// timeouts, and a breaker that only VdM's own failures open.
/// </summary>
internal static class VdmResilience
{
    private static readonly TimeSpan MinimumSamplingDuration = TimeSpan.FromSeconds(30);

    public static void Apply(HttpStandardResilienceOptions resilience, VoordeMensenOptions options, VdmConcurrency concurrency, string clientKey)
    {
        var attempt = TimeSpan.FromSeconds(options.AttemptTimeoutSeconds);

        // The outermost strategy: a call waiting for a permit does not spend its timeouts, and holds it through retries.
        resilience.RateLimiter.RateLimiter = args => concurrency.AcquireAsync(clientKey, args.Context.CancellationToken);

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
        resilience.CircuitBreaker.ShouldHandle = args => ValueTask.FromResult(IsVdmFailure(args.Outcome));
    }

    /// <summary>
    /// What counts toward the breaker: VdM not answering (connection failure, timeout) or failing itself (5xx). Never a
    /// 4xx: an unknown order key, a sold-out performance or VdM throttling one busy visitor (429) says nothing about
    /// VdM's health, and counting them would let one visitor open the breaker for everyone.
    /// </summary>
    internal static bool IsVdmFailure(Outcome<HttpResponseMessage> outcome) => outcome switch
    {
        { Result: { } response } => (int)response.StatusCode >= 500,
        { Exception: HttpRequestException or TimeoutRejectedException } => true,
        _ => false,
    };
}
