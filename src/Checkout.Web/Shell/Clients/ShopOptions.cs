namespace Checkout.Web.Shell.Clients;

/// <summary>
/// How one client's shop sells: bound from the top-level "Shop" section (default client) or "Clients:{key}:Shop".
/// </summary>
public sealed class ShopOptions
{
    /// <summary>
    /// Minutes VdM holds tickets after the last cart change. Only used when the client has no Peppered key, whose cart
    /// reports the real hold (timeOut); VdM's public API does not expose it.
    /// </summary>
    public int HoldMinutes { get; set; } = 15;

    /// <summary>
    /// How often the hold of the same selection may be extended (WCAG 2.2.1 asks for at least 10). Every change of a held
    /// cart restarts VdM's hold, so renewals, adds, removals and donation changes all count.
    /// </summary>
    public int MaxRenewals { get; set; } = 10;

    /// <summary>
    /// Minutes one selection may be held in all, from its first hold, whatever changes and renewals follow (VdM's own
    /// shop holds for at most about 30). A change that would make the hold end later is refused; what is held stays
    /// held until then.
    /// </summary>
    public int MaxHoldMinutes { get; set; } = 30;

    /// <summary>Seats one visitor may hold at once, across the client's performances (the rest: finish an order first).</summary>
    public int MaxSeatsPerVisitor { get; set; } = 20;

    /// <summary>
    /// Seats all visitors from one address (IPv6: one /64) may hold at once, across the client's performances. Schools,
    /// offices and mobile carriers put many buyers behind one address: they are told to finish an order first (held
    /// seats become orders and leave the count), never refused without a word. Raise it for a venue that sells to
    /// such groups on sale days.
    /// </summary>
    public int MaxSeatsPerAddress { get; set; } = 40;

    /// <summary>A performance shows "few tickets left" when VdM allows at most this many per order (and fewer than its siblings).</summary>
    public int FewTicketsLeftAt { get; set; } = 4;

    /// <summary>Seconds an unpaid order's status page keeps checking before it offers a manual refresh.</summary>
    public int StatusPollSeconds { get; set; } = 90;

    /// <summary>How long a performance lasts in a buyer's calendar when VdM has no end time for it.</summary>
    public int EveningMinutes { get; set; } = 150;

    /// <summary>
    /// The client's own sentence about the ticket hold per language ("nl", "en"), plain text; "{minutes}" becomes the
    /// hold length. A language without one shows the built-in sentence.
    /// </summary>
    public Dictionary<string, string> HoldText { get; set; } = [];

    public DonationOptions Donations { get; set; } = new();
}
