using Checkout.Web.Shell.Clients;

namespace Checkout.Web.Features.Cart;

/// <summary>What the cart page shows: the held lines, the hold, and a selection whose hold has lapsed.</summary>
public sealed record CartView(
    HeldCart Cart,
    HoldState Hold,
    IReadOnlyList<TicketSelection> Selection,
    IReadOnlyList<HeldTicket> ExpiredLines,
    PlacedOrder? LastOrder,
    decimal? Donation = null,
    bool DonationsOffered = true)
{
    /// <summary>Chosen seats the last renewal replaced by their closest equivalents, to tell the visitor.</summary>
    public IReadOnlyList<SeatSwap> SeatSwaps { get; init; } = [];

    public bool IsEmpty => Cart.IsEmpty;

    /// <summary>What the visitor pays before payment costs: the tickets and the donation.</summary>
    public decimal Total => TotalWith(Cart, Donation);

    /// <summary>
    /// VdM's cart total plus the donation. The public cart does not list the donation and its totalprice leaves it
    /// out (as the sandbox does); should a total already include it, it is not counted twice.
    /// </summary>
    public static decimal TotalWith(HeldCart cart, decimal? donation) =>
        donation is { } amount && cart.Total != cart.Lines.Sum(l => l.Price) + amount ? cart.Total + amount : cart.Total;

    /// <summary>What the session shows: the hold and the donation only while tickets are held, the lapsed selection otherwise.</summary>
    public static CartView Of(CartSession session, ShopOptions shop) => new(
        session.Cart,
        session.Cart.IsEmpty ? HoldState.None : new HoldState(
            session.HoldExpiresAt, Math.Max(0, shop.MaxRenewals - session.Renewals), session.HoldMinutes, HoldPolicy.ExtendableUntil(session, shop)),
        session.Selection,
        session.Cart.IsEmpty ? session.SelectionLines : [],
        session.Order,
        session.Cart.IsEmpty ? null : session.Donation,
        !session.PepperedCartUnknown)
    {
        SeatSwaps = session.Cart.IsEmpty ? [] : session.SeatSwaps,
    };

    /// <summary>Tickets were chosen but their hold ended (or VdM released them): one click reserves them again.</summary>
    public bool IsExpired => Cart.IsEmpty && Selection.Count > 0;
}
