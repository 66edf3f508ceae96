using Checkout.VoordeMensen;
using Checkout.VoordeMensen.Carts;
using Checkout.Web.Shell.Clients;
using Checkout.Web.Shell.Security;
using Checkout.Web.Shell.Visitors;

namespace Checkout.Web.Features.Cart;

/// <summary>
/// The shop's side of the client's VdM ticket carts (<see cref="ITicketCart"/>): answers become the shop's own
/// records (<see cref="HeldCart"/>) and problems (<see cref="CartProblem"/>), new carts are rate-limited per visitor
/// and address, and a hold VdM does not report is the client's configured one.
/// </summary>
public sealed class TicketHolds(IVoordeMensenClients vdm, CurrentClient client, AbuseGuard guard, TimeProvider time, ShopMetrics metrics, ILogger<TicketHolds> logger)
{
    private ITicketCart Carts => vdm.For(client.Key).Carts;

    /// <summary>The cart as VdM holds it now; null when VdM cannot say.</summary>
    public async Task<HeldCart?> ReadAsync(string cartId, CancellationToken cancellationToken) =>
        await Carts.ReadAsync(cartId, cancellationToken) is { Succeeded: true, Value: { } cart } ? HeldCart.From(cart) : null;

    /// <summary>
    /// Adds <paramref name="items"/> to the cart, or to a new one when <paramref name="cartId"/> is null; if VdM refuses
    /// one, what this attempt added is taken out again and <paramref name="before"/> stays. A cart VdM no longer knows
    /// (its hold ended) is replaced by a fresh one once; a second "gone" asks the visitor to try again.
    /// </summary>
    public async Task<CartAttempt> AddAsync(
        ShopVisitor visitor, string? cartId, HeldCart before, IReadOnlyList<TicketItem> items, CancellationToken cancellationToken)
    {
        var (attempt, gone) = await AddOnceAsync(visitor, cartId, before, items, cancellationToken);
        if (gone && cartId is not null)
        {
            logger.LogInformation("VdM no longer knows the visitor's cart; the tickets go into a fresh cart");
            (attempt, gone) = await AddOnceAsync(visitor, null, HeldCart.Empty, items, cancellationToken);
        }

        return gone ? Refused(attempt) : attempt;
    }

    private async Task<(CartAttempt Attempt, bool Gone)> AddOnceAsync(
        ShopVisitor visitor, string? cartId, HeldCart before, IReadOnlyList<TicketItem> items, CancellationToken cancellationToken)
    {
        if (cartId is null)
        {
            var (created, problem) = await CreateAsync(visitor, cancellationToken);
            if (created is null)
            {
                return (new CartAttempt(before, null, problem), false);
            }

            cartId = created;
        }

        var added = await Carts.AddAsync(cartId, before.SeatIds, items, cancellationToken);
        var cart = added.Cart is { } after ? HeldCart.From(after) : before;
        return added.Refusal switch
        {
            VdmRefusal.CartGone => (new CartAttempt(HeldCart.Empty, cartId, CartProblem.Unavailable, added.RefusedItem?.DiscountId), true),
            { } refusal => (Refused(new CartAttempt(cart, cartId, CartProblems.From(refusal), added.RefusedItem?.DiscountId)), false),
            null => (new CartAttempt(cart, cartId), false),
        };
    }

    /// <summary>A new, empty cart (rate-limited per visitor and address): its id, or why not.</summary>
    public async Task<(string? CartId, CartProblem Problem)> CreateAsync(ShopVisitor visitor, CancellationToken cancellationToken)
    {
        if (!await guard.TryCreateCartAsync(visitor, cancellationToken))
        {
            logger.LogWarning("Cart creation rate-limited for a visitor");
            return (null, Refused(CartProblem.TooManyRequests));
        }

        var created = await Carts.CreateAsync(cancellationToken);
        return created.Succeeded ? (created.Value!, CartProblem.None) : (null, Refused(CartProblems.From(created.Refusal.Value)));
    }

    /// <summary>Takes one seat out: the cart afterwards, or why not.</summary>
    public async Task<(HeldCart? Cart, CartProblem Problem)> RemoveAsync(string cartId, string seatId, CancellationToken cancellationToken)
    {
        var removed = await Carts.RemoveAsync(cartId, seatId, cancellationToken);
        return removed.Succeeded ? (HeldCart.From(removed.Value!), CartProblem.None) : (null, Refused(CartProblems.From(removed.Refusal.Value)));
    }

    /// <summary>Gives up a cart nobody will order (best effort: VdM releases it when the hold ends anyway).</summary>
    public Task ReleaseAsync(string cartId, HeldCart cart, CancellationToken cancellationToken) =>
        Carts.ReleaseAsync(cartId, cart.SeatIds, cancellationToken);

    /// <summary>
    /// Makes the cart hold exactly this donation (none when null); the problem when VdM refuses, and the hold end VdM
    /// reports after the change, if any.
    /// </summary>
    public async Task<(CartProblem Problem, DateTimeOffset? HoldEnd)> SetDonationAsync(string cartId, decimal? amount, CancellationToken cancellationToken)
    {
        var set = await Carts.SetDonationAsync(cartId, amount, cancellationToken);
        return set.Succeeded ? (CartProblem.None, set.Value) : (Refused(CartProblems.From(set.Refusal.Value)), null);
    }

    /// <summary>
    /// The hold of a changed cart: none for an empty cart; VdM's own end when it says, else the configured hold; and
    /// whether Peppered knows the cart (donations need it).
    /// </summary>
    public async Task<CartHold> HoldAsync(string cartId, HeldCart cart, CancellationToken cancellationToken)
    {
        if (cart.IsEmpty)
        {
            return new CartHold(null, PepperedKnowsCart: true);
        }

        var hold = await Carts.HoldAsync(cartId, cancellationToken);
        return hold with { End = hold.End ?? time.GetUtcNow().AddMinutes(client.Settings.Shop.HoldMinutes) };
    }

    private CartAttempt Refused(CartAttempt attempt)
    {
        Refused(attempt.Problem);
        return attempt;
    }

    private CartProblem Refused(CartProblem problem)
    {
        metrics.CartRefused(client.Key, problem);
        return problem;
    }
}
