using System.Threading.Channels;
using MailKit.Net.Smtp;
using MailKit.Security;
using Microsoft.Extensions.Options;
using MimeKit;

namespace Checkout.Web.Features.Customers;

/// <summary>A plain-text mail, already translated and addressed.</summary>
public sealed record OutgoingMail(string To, string FromName, string Subject, string Body, bool ViaDevelopmentMailbox);

/// <summary>
/// Mails wait here and are sent by <see cref="MailDeliveryService"/>: the visitor's request never waits for SMTP, so a
/// lookup takes the same time whatever the address and whatever the mail server does.
/// </summary>
public sealed class MailOutbox
{
    private readonly Channel<OutgoingMail> channel = Channel.CreateBounded<OutgoingMail>(
        new BoundedChannelOptions(1000) { FullMode = BoundedChannelFullMode.DropOldest, SingleReader = true });

    public void Enqueue(OutgoingMail mail) => channel.Writer.TryWrite(mail);

    internal ChannelReader<OutgoingMail> Reader => channel.Reader;
}

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

/// <summary>
/// The sandbox's stand-in for a mail server: the last mails in memory, shown at /dev/mailbox. Only clients that run
/// against the embedded sandbox ever deliver here; a client with a real VdM never does.
/// </summary>
public sealed class DevelopmentMailbox
{
    private const int Capacity = 100;
    private readonly LinkedList<OutgoingMail> mails = new();

    public void Add(OutgoingMail mail)
    {
        lock (mails)
        {
            mails.AddFirst(mail);
            if (mails.Count > Capacity)
            {
                mails.RemoveLast();
            }
        }
    }

    /// <summary>Newest first.</summary>
    public IReadOnlyList<OutgoingMail> Mails
    {
        get
        {
            lock (mails)
            {
                return [.. mails];
            }
        }
    }
}
