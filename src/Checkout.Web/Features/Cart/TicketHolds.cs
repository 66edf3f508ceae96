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
public sealed class TicketHolds(IVoordeMensenClients vdm, CurrentClient client, AbuseGuard guard, TimeProvider time, ILogger<TicketHolds> logger)
{
    private ITicketCart Carts => vdm.For(client.Key).Carts;

    /// <summary>The cart as VdM holds it now; null when VdM cannot say.</summary>
    public async Task<HeldCart?> ReadAsync(string cartId, CancellationToken cancellationToken) =>
        await Carts.ReadAsync(cartId, cancellationToken) is { Succeeded: true, Value: { } cart } ? HeldCart.From(cart) : null;

    /// <summary>
    /// Adds <paramref name="items"/> to the cart, or to a new one when <paramref name="cartId"/> is null; if VdM refuses
    /// one, what this attempt added is taken out again and <paramref name="before"/> stays.
    /// </summary>
    public async Task<CartAttempt> AddAsync(
        ShopVisitor visitor, string? cartId, HeldCart before, IReadOnlyList<TicketItem> items, CancellationToken cancellationToken)
    {
        if (cartId is null)
        {
            if (!await guard.TryCreateCartAsync(visitor, cancellationToken))
            {
                logger.LogWarning("Cart creation rate-limited for a visitor");
                return new CartAttempt(before, null, CartProblem.TooManyRequests);
            }

            var created = await Carts.CreateAsync(cancellationToken);
            if (!created.Succeeded)
            {
                return new CartAttempt(before, null, CartProblems.From(created.Refusal.Value));
            }

            cartId = created.Value!;
        }

        var added = await Carts.AddAsync(cartId, before.SeatIds, items, cancellationToken);
        var cart = added.Cart is { } after ? HeldCart.From(after) : before;
        return added.Refusal is { } refusal
            ? new CartAttempt(cart, cartId, CartProblems.From(refusal), added.RefusedItem?.DiscountId)
            : new CartAttempt(cart, cartId);
    }

    /// <summary>Takes one seat out: the cart afterwards, or why not.</summary>
    public async Task<(HeldCart? Cart, CartProblem Problem)> RemoveAsync(string cartId, string seatId, CancellationToken cancellationToken)
    {
        var removed = await Carts.RemoveAsync(cartId, seatId, cancellationToken);
        return removed.Succeeded ? (HeldCart.From(removed.Value!), CartProblem.None) : (null, CartProblems.From(removed.Refusal.Value));
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
        return set.Succeeded ? (CartProblem.None, set.Value) : (CartProblems.From(set.Refusal.Value), null);
    }

    /// <summary>When the hold of a changed cart ends: none for an empty cart; VdM's own hold when it says; else the configured hold.</summary>
    public async Task<DateTimeOffset?> HoldEndAsync(string cartId, HeldCart cart, CancellationToken cancellationToken) =>
        cart.IsEmpty ? null : await Carts.HoldEndAsync(cartId, cancellationToken) ?? time.GetUtcNow().AddMinutes(client.Settings.Shop.HoldMinutes);
}
