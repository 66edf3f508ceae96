using MailKit.Net.Smtp;
using MailKit.Security;
using Microsoft.Extensions.Options;
using MimeKit;

namespace Checkout.Web.Features.Customers;

/// <summary>Sends what waits in the <see cref="MailOutbox"/>, one mail at a time, in the background.</summary>
internal sealed class MailDeliveryService(
    MailOutbox outbox, DevelopmentMailbox mailbox, IOptions<MailOptions> options, ILogger<MailDeliveryService> logger) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        await foreach (var mail in outbox.Reader.ReadAllAsync(stoppingToken))
        {
            try
            {
                if (mail.ViaDevelopmentMailbox)
                {
                    mailbox.Add(mail);
                }
                else
                {
                    await SendSmtpAsync(mail, stoppingToken);
                }
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                // No address in the log: it is personal data. The visitor can ask for a new code.
                logger.LogWarning("Sending a customer mail failed: {Error}", e.GetType().Name);
            }
        }
    }

    private async Task SendSmtpAsync(OutgoingMail mail, CancellationToken cancellationToken)
    {
        var settings = options.Value;
        var message = new MimeMessage();
        message.From.Add(new MailboxAddress(mail.FromName, settings.FromAddress));
        message.To.Add(MailboxAddress.Parse(mail.To));
        message.Subject = mail.Subject;
        message.Body = new TextPart("plain") { Text = mail.Body };

        using var smtp = new SmtpClient();
        await smtp.ConnectAsync(settings.Host!, settings.Port, Enum.Parse<SecureSocketOptions>(settings.Security, ignoreCase: true), cancellationToken);
        if (!string.IsNullOrEmpty(settings.UserName))
        {
            await smtp.AuthenticateAsync(settings.UserName, settings.Password ?? "", cancellationToken);
        }

        await smtp.SendAsync(message, cancellationToken);
        await smtp.DisconnectAsync(quit: true, cancellationToken);
    }
}
