using Checkout.VoordeMensen;
using Checkout.VoordeMensen.Configuration;
using Microsoft.Extensions.Options;

namespace Checkout.Web.Hosting.Health;

/// <summary>
/// Once the app listens, checks every client on a real VdM in the background, so a wrong client name or key shows up
/// in the log at start-up (<see cref="VoordeMensenHealthCheck"/> logs what to fix) rather than as an empty programme.
/// Start-up neither waits for VdM nor fails when it is down. Clients on the embedded sandbox have nothing to check.
/// </summary>
internal sealed class VoordeMensenStartupCheck(
    IHostApplicationLifetime lifetime,
    VoordeMensenHealthCheck readiness,
    IOptionsMonitor<VoordeMensenOptions> options,
    IVoordeMensenClients clients,
    ILogger<VoordeMensenStartupCheck> logger) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var started = new TaskCompletionSource();
        using (lifetime.ApplicationStarted.Register(() => started.TrySetResult()))
        using (stoppingToken.Register(() => started.TrySetCanceled(stoppingToken)))
        {
            await started.Task.ConfigureAwait(false);
        }

        var realClients = clients.ClientKeys.Where(key => !string.IsNullOrWhiteSpace(options.Get(key).BaseUrl)).ToList();
        var reports = await Task.WhenAll(realClients.Select(readiness.ReportAsync)).WaitAsync(stoppingToken);
        foreach (var report in reports.Where(r => r.IsHealthy))
        {
            logger.LogInformation("VoordeMensen answers for client {ClientKey} ({ClientName})", report.ClientKey, report.ClientName);
        }
    }
}
