namespace Checkout.Web.Features.Customers;

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
