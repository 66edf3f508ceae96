using System.Text.Json.Serialization;
using Checkout.VoordeMensen.Carts;
using Checkout.Web.Features.Purchase;

namespace Checkout.Web.Features.Cart;

/// <summary>
/// A visitor's shopping state, kept on the server under the visitor id (never in the browser): the VdM cart id, the
/// last cart VdM returned, the selection behind it, when the hold ends, and the order the cart turned into. Changed
/// only through its named transitions, inside a <see cref="CartUnitOfWork"/>.
/// </summary>
public sealed record CartSession
{
    /// <summary>The format <see cref="CartSessionStore"/> writes; a stored session of another version is read as empty.</summary>
    public const int CurrentVersion = 1;

    public static CartSession Empty { get; } = new();

    /// <summary>The format of a stored session (set when saved); 0 for one written before sessions had versions.</summary>
    public int Version { get; init; }

    public string? CartId { get; init; }

    /// <summary>The cart as VdM last returned it, after the visitor's own last action.</summary>
    public HeldCart Cart { get; init; } = HeldCart.Empty;

    public IReadOnlyList<TicketSelection> Selection { get; init; } = [];

    /// <summary>The held seats the visitor picked on the plan (the others are best available): renewed as the same seats.</summary>
    public IReadOnlyList<string> ChosenSeatIds { get; init; } = [];

    /// <summary>Chosen seats the last renewal could not hold again and the seats held instead, to tell the visitor.</summary>
    public IReadOnlyList<SeatSwap> SeatSwaps { get; init; } = [];

    /// <summary>The lines of the last non-empty cart, to describe an expired selection.</summary>
    public IReadOnlyList<HeldTicket> SelectionLines { get; init; } = [];

    public DateTimeOffset? HoldExpiresAt { get; init; }

    /// <summary>How long the hold given at the last change lasts, in whole minutes (for the hold sentence).</summary>
    public int? HoldMinutes { get; init; }

    /// <summary>
    /// How many changes restarted VdM's hold of this selection since it was first held (renewals, and every add,
    /// removal or donation change of a held cart): they all extend the hold, so they all count against
    /// <c>Shop:MaxRenewals</c>.
    /// </summary>
    public int Renewals { get; init; }

    /// <summary>
    /// When the held selection was first held: carried through every change and renewal, so that no change resets its
    /// age (<see cref="HoldPolicy"/>). Null while nothing is held; a session stored before this existed gets it at its
    /// next change.
    /// </summary>
    public DateTimeOffset? HoldStartedAt { get; init; }

    /// <summary>
    /// The donation the visitor chose (one of the client's amounts): in the VdM cart while tickets are held, and
    /// added again when the same selection is renewed or reserved again.
    /// </summary>
    public decimal? Donation { get; init; }

    public PlacedOrder? Order { get; init; }

    /// <summary>Peppered answered 404 for this cart id (docs/vdm-assumptions.md): the hold is the configured one and no donation is offered.</summary>
    public bool PepperedCartUnknown { get; init; }

    /// <summary>What the visitor typed at checkout, so a failed order or a cancelled payment loses nothing.</summary>
    public Buyer? Buyer { get; init; }

    /// <summary>
    /// When the visitor's last add got its cart from VdM, until a cart page showed it: the cart page the add leads to
    /// shows that answer instead of reading the cart again (VdM asks for at most one cart read per visitor action).
    /// </summary>
    public DateTimeOffset? AddAnsweredAt { get; init; }

    /// <summary>The VdM cart that holds tickets now; null when nothing is held.</summary>
    [JsonIgnore]
    public string? HeldCartId => Cart.IsEmpty ? null : CartId;

    /// <summary>Whether VdM holds tickets for this session as far as the shop knows: a cart with tickets whose hold has not ended.</summary>
    public bool IsHolding(DateTimeOffset now) => !Cart.IsEmpty && (HoldExpiresAt is not { } end || end > now);

    /// <summary>The order this session became less than <paramref name="window"/> ago, to hand to a repeated click.</summary>
    public PlacedOrder? RecentOrder(DateTimeOffset now, TimeSpan window) =>
        CartId is null && Order is { } placed && now - placed.PlacedAt < window ? placed : null;

    /// <summary>VdM's answer to reading the cart: released seats are gone, and a cart without tickets has no hold.</summary>
    public CartSession Refreshed(HeldCart cart) =>
        cart.IsEmpty ? this with { Cart = cart, HoldExpiresAt = null, AddAnsweredAt = null } : this with { Cart = cart, AddAnsweredAt = null };

    /// <summary>Whether the cart page may show the cart VdM answered to the visitor's add of less than <paramref name="window"/> ago.</summary>
    public bool ShowsAddAnswer(DateTimeOffset now, TimeSpan window) => AddAnsweredAt is { } answered && now - answered < window;

    /// <summary>The cart page showed the add's answer: the next opening reads the cart from VdM again.</summary>
    public CartSession AddAnswerShown() => this with { AddAnsweredAt = null };

    /// <summary>
    /// The cart as VdM left it after a refused change (what that change added was taken out again). When the change
    /// touched a held cart, VdM restarted its hold (until <paramref name="restartedHoldEnd"/>): that counts as an
    /// extension.
    /// </summary>
    public CartSession Refused(HeldCart cart, DateTimeOffset? restartedHoldEnd) => restartedHoldEnd is { } end
        ? this with { Cart = cart, HoldExpiresAt = end, Renewals = Renewals + 1 }
        : this with { Cart = cart };

    /// <summary>A new VdM cart: nothing is known to be held in it yet.</summary>
    public CartSession InNewCart(string cartId) => this with { CartId = cartId, Cart = HeldCart.Empty, HoldExpiresAt = null };

    /// <summary>
    /// VdM accepted a change: the cart, the selection it stands for (kept to reserve again after the hold) and the
    /// hold VdM restarted with it. A cart without tickets holds nothing: its hold, age and count end.
    /// </summary>
    private CartSession Holding(HeldCart cart, CartHold hold, DateTimeOffset now) => this with
    {
        Cart = cart,
        ChosenSeatIds = [.. ChosenSeatIds.Where(id => cart.Lines.Any(l => l.SeatId == id))],
        Selection = TicketSelection.From(cart, ChosenSeatIds),
        SelectionLines = cart.IsEmpty ? [] : cart.Lines,
        HoldExpiresAt = hold.End,
        HoldMinutes = hold.End is { } end ? Math.Max(0, (int)Math.Round((end - now).TotalMinutes)) : null,
        PepperedCartUnknown = !hold.PepperedKnowsCart,
        HoldStartedAt = cart.IsEmpty ? null : HoldStartedAt ?? now,
        Renewals = cart.IsEmpty ? 0 : Renewals,
    };

    /// <summary>
    /// The visitor added tickets: to a held selection that is an extension (its age goes on); otherwise a new
    /// selection starts, held from now.
    /// </summary>
    public CartSession Added(HeldCart cart, CartHold hold, DateTimeOffset now) => (IsHolding(now)
        ? Extended().Holding(cart, hold, now)
        : (this with { Renewals = 0, HoldStartedAt = now }).Holding(cart, hold, now)) with { AddAnsweredAt = now };

    /// <summary>The visitor took a ticket out; VdM restarted the hold of what is left, which counts as an extension.</summary>
    public CartSession Removed(HeldCart cart, CartHold hold, DateTimeOffset now) => Extended().Holding(cart, hold, now);

    /// <summary>
    /// The selection is held again in a fresh cart: a renewal of a running hold (an extension; its age goes on), or a
    /// reservation after the hold ended (a new hold; its seats were free in between).
    /// </summary>
    public CartSession Replaced(string cartId, HeldCart cart, bool renewal, CartHold hold, DateTimeOffset now) =>
        (renewal ? Extended() : this with { Renewals = 0, HoldStartedAt = now }).WithCartId(cartId).Holding(cart, hold, now);

    /// <summary>The visitor picked these seats on the plan: they are renewed as the same seats, not as best available.</summary>
    public CartSession SeatsChosen(IEnumerable<string> seatIds) => this with { ChosenSeatIds = [.. ChosenSeatIds.Union(seatIds)], SeatSwaps = [] };

    /// <summary>What the last renewal had to change about the chosen seats (none when it held them all again).</summary>
    public CartSession WithSeatSwaps(IReadOnlyList<SeatSwap> swaps) => this with { SeatSwaps = swaps };

    /// <summary>A selection that could not be held now, kept so one click tries again.</summary>
    public CartSession Remembering(IReadOnlyList<TicketSelection> selection, IReadOnlyList<HeldTicket> lines) =>
        this with { Selection = selection, SelectionLines = lines };

    /// <summary>The donation to hold with the next reservation.</summary>
    public CartSession WithDonation(decimal? donation) => this with { Donation = donation };

    public CartSession WithoutDonation() => this with { Donation = null };

    /// <summary>VdM holds the new donation; it restarts the hold on every cart change (an extension) and says until when.</summary>
    public CartSession DonationChanged(decimal? donation, DateTimeOffset? holdEnd) =>
        Extended() with { Donation = donation, HoldExpiresAt = holdEnd ?? HoldExpiresAt };

    public CartSession WithBuyer(Buyer buyer) => this with { Buyer = buyer };

    /// <summary>
    /// The cart became <paramref name="order"/>: VdM holds nothing for this visitor any more, the choice is done, and
    /// only the order (for a repeated click) and the buyer's details (for a retry) stay.
    /// </summary>
    public CartSession OrderPlaced(PlacedOrder order) => Empty with { Order = order, Buyer = Buyer };

    private CartSession Extended() => this with { Renewals = Renewals + 1 };

    private CartSession WithCartId(string cartId) => this with { CartId = cartId };
}
