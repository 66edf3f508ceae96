namespace Checkout.VoordeMensen.Connectivity;

/// <summary>
/// Read-only connectivity checks against VdM for readiness and the operator's check command. Each check is one
/// attempt without retries or circuit breaker, limited by the client's AttemptTimeoutSeconds; results are not cached
/// (callers that run it often cache the report). Never throws for what VdM answers; cancellation still throws.
/// </summary>
public interface IVoordeMensenConnectivity
{
    /// <summary>
    /// Calls the public event list (events/upcoming; on 404 also the full list, so an account with nothing upcoming is
    /// not mistaken for an unknown client) and, with a Peppered key, GET peppered/paymentmethods.
    /// Throws <see cref="KeyNotFoundException"/> for client keys not in configuration.
    /// </summary>
    Task<VdmConnectivityReport> CheckAsync(string clientKey, CancellationToken cancellationToken = default);
}
