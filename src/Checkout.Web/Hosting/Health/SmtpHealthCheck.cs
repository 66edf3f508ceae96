using System.Net.Sockets;
using Checkout.Web.Features.Customers;
using MailKit;
using MailKit.Net.Smtp;
using MailKit.Security;
using Microsoft.Extensions.Diagnostics.HealthChecks;
using Microsoft.Extensions.Options;

namespace Checkout.Web.Hosting.Health;

/// <summary>
/// The SMTP server of <c>Mail:Host</c> answers: connect (with the configured security), EHLO and NOOP, no login and
/// no mail. At most once per 30 s. Registered only when <c>Mail:Host</c> is set.
/// </summary>
internal sealed class SmtpHealthCheck(IOptions<MailOptions> options, CachedProbe<HealthCheckResult> probe) : IHealthCheck
{
    private static readonly TimeSpan Timeout = TimeSpan.FromSeconds(10);

    public Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default) =>
        probe.GetAsync("smtp", CheckAsync);

    private async Task<HealthCheckResult> CheckAsync()
    {
        var mail = options.Value;
        var where = $"{mail.Host}:{mail.Port} ({mail.Security})";
        using var smtp = new SmtpClient { Timeout = (int)Timeout.TotalMilliseconds };
        using var limit = new CancellationTokenSource(Timeout);
        try
        {
            await smtp.ConnectAsync(mail.Host!, mail.Port, Enum.Parse<SecureSocketOptions>(mail.Security, ignoreCase: true), limit.Token);
            await smtp.NoOpAsync(limit.Token);
            await smtp.DisconnectAsync(quit: true, limit.Token);
            return HealthCheckResult.Healthy($"The SMTP server {where} answers.");
        }
        catch (Exception e) when (e is IOException or SocketException or CommandException or ProtocolException
            or SslHandshakeException or OperationCanceledException or TimeoutException)
        {
            // MailKit's messages name the host and the protocol step, never the configured password.
            return HealthCheckResult.Unhealthy(
                $"The SMTP server {where} does not answer ({e.GetType().Name}: {e.Message}): check Mail:Host, Mail:Port and Mail:Security.");
        }
    }
}
