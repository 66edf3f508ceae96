using System.Threading.Channels;

namespace Checkout.Web.Features.Customers;

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
