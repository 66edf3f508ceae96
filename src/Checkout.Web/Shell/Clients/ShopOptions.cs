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

    /// <summary>How often a visitor may renew the hold of the same selection (WCAG 2.2.1 asks for at least 10).</summary>
    public int MaxRenewals { get; set; } = 10;

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
