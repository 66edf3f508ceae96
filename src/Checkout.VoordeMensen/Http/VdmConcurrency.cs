using System.Collections.Concurrent;
using System.Threading.RateLimiting;
using Checkout.VoordeMensen.Configuration;
using Microsoft.Extensions.Options;

namespace Checkout.VoordeMensen.Http;

/// <summary>
/// The bulkhead of each client: at most <see cref="VoordeMensenOptions.MaxConcurrentCalls"/> calls to its VdM (API and
/// ticket host together) at once. A call beyond that waits in line for at most
/// <see cref="VoordeMensenOptions.ConcurrencyQueueSeconds"/> and then fails as unavailable, so one visitor's flood (or a
/// slow VdM) ties up a bounded number of connections and threads instead of every one the host has.
/// </summary>
internal sealed class VdmConcurrency(IOptionsMonitor<VoordeMensenOptions> options, TimeProvider time) : IDisposable
{
    private readonly ConcurrentDictionary<string, ConcurrencyLimiter> limiters = new(StringComparer.Ordinal);

    /// <summary>A permit for one call of <paramref name="clientKey"/>, or a refused lease once the wait is over.</summary>
    public async ValueTask<RateLimitLease> AcquireAsync(string clientKey, CancellationToken cancellationToken)
    {
        var settings = options.Get(clientKey);
        var limiter = limiters.GetOrAdd(clientKey, _ => new ConcurrencyLimiter(new ConcurrencyLimiterOptions
        {
            PermitLimit = settings.MaxConcurrentCalls,
            // Bounded by count too: a line far longer than the permits would not clear within the wait anyway.
            QueueLimit = settings.ConcurrencyQueueSeconds == 0 ? 0 : settings.MaxConcurrentCalls * 2,
            QueueProcessingOrder = QueueProcessingOrder.OldestFirst,
        }));

        using var wait = new CancellationTokenSource(TimeSpan.FromSeconds(settings.ConcurrencyQueueSeconds), time);
        using var either = CancellationTokenSource.CreateLinkedTokenSource(wait.Token, cancellationToken);
        try
        {
            return await limiter.AcquireAsync(1, either.Token);
        }
        catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
        {
            return Refused.Lease;
        }
    }

    public void Dispose()
    {
        foreach (var limiter in limiters.Values)
        {
            limiter.Dispose();
        }
    }

    /// <summary>What Polly's rate-limiter strategy turns into a RateLimiterRejectedException.</summary>
    private sealed class Refused : RateLimitLease
    {
        public static readonly Refused Lease = new();

        public override bool IsAcquired => false;

        public override IEnumerable<string> MetadataNames => [];

        public override bool TryGetMetadata(string metadataName, out object? metadata)
        {
            metadata = null;
            return false;
        }
    }
}
