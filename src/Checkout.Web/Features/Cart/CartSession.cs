using Checkout.VoordeMensen.Public;

namespace Checkout.Web.Features.Cart;

/// <summary>
/// A visitor's shopping state, kept on the server under the visitor id (never in the browser): the VdM cart id, the
/// last cart VdM returned, the selection behind it, when the hold ends, and the order the cart turned into.
/// </summary>
public sealed record CartSession
{
    public static CartSession Empty { get; } = new();

    public string? CartId { get; init; }

    /// <summary>The cart as VdM last returned it, after the visitor's own last action.</summary>
    public PublicCart Cart { get; init; } = PublicCart.Empty;

    public IReadOnlyList<TicketSelection> Selection { get; init; } = [];

    /// <summary>The lines of the last non-empty cart, to describe an expired selection.</summary>
    public IReadOnlyList<CartLine> SelectionLines { get; init; } = [];

    public DateTimeOffset? HoldExpiresAt { get; init; }

    /// <summary>How long the hold given at the last change lasts, in whole minutes (for the hold sentence).</summary>
    public int? HoldMinutes { get; init; }

    public int Renewals { get; init; }

    /// <summary>
    /// The donation the visitor chose (one of the client's amounts): in the VdM cart while tickets are held, and
    /// added again when the same selection is renewed or reserved again.
    /// </summary>
    public decimal? Donation { get; init; }

    public PlacedOrder? Order { get; init; }

    /// <summary>What the visitor typed at checkout, so a failed order or a cancelled payment loses nothing.</summary>
    public BuyerDetails? Buyer { get; init; }
}
