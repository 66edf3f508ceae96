using Checkout.VoordeMensen;
using Checkout.VoordeMensen.Connectivity;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace Checkout.Web.Hosting.Health;

/// <summary>
/// Ready when VdM answers every configured client (event list, and the Peppered key where one is set), checked
/// through <see cref="IVoordeMensenConnectivity"/> at most once per 30 s per client. What failed is logged with the
/// client key and what to fix; the endpoint itself answers the bare status.
/// </summary>
internal sealed partial class VoordeMensenHealthCheck(
    IVoordeMensenClients clients,
    IVoordeMensenConnectivity connectivity,
    CachedProbe<VdmConnectivityReport> probe,
    ILogger<VoordeMensenHealthCheck> logger) : IHealthCheck
{
    public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        var reports = await Task.WhenAll(clients.ClientKeys.Select(ReportAsync));
        var failed = reports.Where(r => !r.IsHealthy).ToList();
        return failed.Count == 0
            ? HealthCheckResult.Healthy()
            : HealthCheckResult.Unhealthy($"VoordeMensen check failed for client(s) {string.Join(", ", failed.Select(r => r.ClientKey))}");
    }

    /// <summary>The client's report, at most 30 s old; a failed check is logged once per check, not per probe.</summary>
    public Task<VdmConnectivityReport> ReportAsync(string clientKey) => probe.GetAsync(clientKey, () => CheckAsync(clientKey));

    /// <summary>Runs detached from the probe that started it, so a probe that gives up does not cancel the others' check.</summary>
    private async Task<VdmConnectivityReport> CheckAsync(string clientKey)
    {
        var report = await connectivity.CheckAsync(clientKey, CancellationToken.None);
        foreach (var check in report.Checks.Where(c => !c.IsOk))
        {
            LogFailed(clientKey, check.Kind, check.Status, check.Message);
        }

        return report;
    }

    [LoggerMessage(Level = LogLevel.Error, Message = "VoordeMensen check {Check} of client {ClientKey} failed ({Status}): {Advice}")]
    private partial void LogFailed(string clientKey, VdmCheckKind check, VdmCheckStatus status, string advice);
}
