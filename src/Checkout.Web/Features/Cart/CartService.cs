using Checkout.VoordeMensen;
using Checkout.VoordeMensen.Public;
using Checkout.Web.Shell.Clients;
using Checkout.Web.Shell.Security;

namespace Checkout.Web.Features.Cart;

/// <summary>
/// The visitor's cart at VdM. The cart id lives only in the server-side <see cref="CartSession"/>; every change is a
/// <see cref="CartUnitOfWork"/> (under the visitor's lock) and talks to VdM only on the visitor's own action (VdM asks
/// not to poll carts).
/// </summary>
public sealed class CartService(
    IVoordeMensenClients vdm,
    CurrentClient client,
    CartSessions sessions,
    AbuseGuard guard,
    DonationCart donations,
    TimeProvider time,
    ILogger<CartService> logger)
{
    private IVoordeMensenClient Vdm => vdm.For(client.Key);

    private ShopOptions Shop => client.Settings.Shop;

    /// <summary>The cart as last seen, without calling VdM (for pages that just follow a cart action).</summary>
    public async Task<CartView> GetAsync(CancellationToken cancellationToken) =>
        View(await sessions.ReadAsync(cancellationToken));

    /// <summary>Reads the cart from VdM: released seats disappear and the selection shows as expired.</summary>
    public async Task<CartView> RefreshAsync(CancellationToken cancellationToken)
    {
        await using var unit = await sessions.OpenAsync(cancellationToken);
        if (unit.Session.CartId is not { } cartId)
        {
            return View(unit.Session);
        }

        unit.Session = unit.Session.Refreshed(await Vdm.Public.GetCartAsync(cartId, cancellationToken));
        await unit.CommitAsync(cancellationToken);
        return View(unit.Session);
    }

    /// <summary>Adds tickets of one or more types for a performance; if VdM refuses one, the others are taken out again.</summary>
    public async Task<CartChange> AddAsync(int performanceId, IReadOnlyList<TicketRequest> requests, CancellationToken cancellationToken)
    {
        var wanted = requests.Where(r => r.Quantity > 0).ToList();
        await using var unit = await sessions.OpenAsync(cancellationToken);
        if (wanted.Count == 0)
        {
            return new CartChange(View(unit.Session));
        }

        if (unit.Session.Cart.IsEmpty)
        {
            // New tickets on an empty cart are a new choice: a donation remembered from a lapsed hold is not added.
            await DropDonationAsync(unit, cancellationToken);
        }

        var (cart, cartId, problem, failed) = await TryAddAsync(unit, unit.Session.CartId, unit.Session.Cart, [.. wanted.Select(r => new TicketSelection(performanceId, r.DiscountId, r.Quantity))], cancellationToken);
        if (cartId is not null && cartId != unit.Session.CartId)
        {
            unit.Session = unit.Session.InNewCart(cartId);
        }

        unit.Session = problem != CartProblem.None
            ? unit.Session.Refused(cart)
            : unit.Session.Added(cart, await HoldEndAsync(unit.Session.CartId!, cart, cancellationToken), time.GetUtcNow());
        await unit.CommitAsync(cancellationToken);
        return new CartChange(View(unit.Session), problem, failed);
    }

    public async Task<CartChange> RemoveAsync(string seatId, CancellationToken cancellationToken)
    {
        await using var unit = await sessions.OpenAsync(cancellationToken);
        if (unit.Session.CartId is not { } cartId || unit.Session.Cart.Lines.All(l => l.SeatId != seatId))
        {
            return new CartChange(View(unit.Session));
        }

        PublicCart cart;
        try
        {
            cart = await Vdm.Public.RemoveTicketAsync(cartId, seatId, cancellationToken);
        }
        catch (VoordeMensenException e)
        {
            logger.LogWarning("Removing a ticket failed: {Kind} {Status}", e.Kind, e.StatusCode);
            return new CartChange(View(unit.Session), CartProblems.From(e));
        }

        if (cart.IsEmpty)
        {
            // A donation alone is no order: it leaves with the last ticket.
            await DropDonationAsync(unit, cancellationToken);
        }

        unit.Session = unit.Session.Holding(cart, await HoldEndAsync(cartId, cart, cancellationToken), time.GetUtcNow());
        await unit.CommitAsync(cancellationToken);
        return new CartChange(View(unit.Session));
    }

    /// <summary>
    /// Renews the hold of the same selection (or re-reserves it after expiry) with documented calls only: the
    /// selection is reserved in a fresh cart first, and only then are the old seats released, so a failed renewal
    /// leaves the visitor with what they had.
    /// </summary>
    public async Task<CartChange> RenewAsync(CancellationToken cancellationToken)
    {
        await using var unit = await sessions.OpenAsync(cancellationToken);
        var session = unit.Session;
        if (session.Selection.Count == 0)
        {
            return new CartChange(View(session));
        }

        if (!session.Cart.IsEmpty && session.Renewals >= Shop.MaxRenewals)
        {
            return new CartChange(View(session), CartProblem.LimitReached);
        }

        var renewals = session.Cart.IsEmpty ? 0 : session.Renewals + 1;
        return await ReplaceCartAsync(unit, session.Selection, session.SelectionLines, renewals, cancellationToken);
    }

    /// <summary>Reserves a remembered selection (e.g. of a cancelled order) as the visitor's new cart.</summary>
    public async Task<CartChange> ReserveAsync(
        IReadOnlyList<TicketSelection> selection, IReadOnlyList<CartLine> lines, decimal? donation, CancellationToken cancellationToken)
    {
        await using var unit = await sessions.OpenAsync(cancellationToken);
        unit.Session = unit.Session.WithDonation(donation);
        return await ReplaceCartAsync(unit, selection, lines, renewals: 0, cancellationToken);
    }

    /// <summary>
    /// Reserves <paramref name="selection"/> in a fresh cart, then releases the seats the session held. On a refusal
    /// nothing changes, except that a visitor without held seats keeps the selection to try again.
    /// </summary>
    private async Task<CartChange> ReplaceCartAsync(
        CartUnitOfWork unit, IReadOnlyList<TicketSelection> selection, IReadOnlyList<CartLine> lines, int renewals, CancellationToken cancellationToken)
    {
        var (cart, cartId, problem, failed) = await TryAddAsync(unit, null, PublicCart.Empty, selection, cancellationToken);
        if (problem == CartProblem.None)
        {
            problem = await CarryDonationAsync(cartId!, cart, unit.Session.Donation, cancellationToken);
        }

        if (problem != CartProblem.None)
        {
            if (unit.Session.Cart.IsEmpty)
            {
                unit.Session = unit.Session.Remembering(selection, lines);
                await unit.CommitAsync(cancellationToken);
            }

            return new CartChange(View(unit.Session), problem, failed);
        }

        if (unit.Session.HeldCartId is { } oldCartId)
        {
            await ReleaseAsync(oldCartId, unit.Session.Cart, cancellationToken);
        }

        unit.Session = unit.Session.Replaced(cartId!, cart, renewals, await HoldEndAsync(cartId!, cart, cancellationToken), time.GetUtcNow());
        await unit.CommitAsync(cancellationToken);
        return new CartChange(View(unit.Session));
    }

    /// <summary>Puts the visitor's donation into a fresh cart; if VdM refuses it, the fresh cart is released again.</summary>
    private async Task<CartProblem> CarryDonationAsync(string cartId, PublicCart cart, decimal? donation, CancellationToken cancellationToken)
    {
        if (donation is not { } amount)
        {
            return CartProblem.None;
        }

        try
        {
            await donations.ApplyAsync(cartId, amount, cancellationToken);
            return CartProblem.None;
        }
        catch (VoordeMensenException e)
        {
            logger.LogWarning("Carrying the donation into the new cart failed: {Kind} {Status}", e.Kind, e.StatusCode);
            await ReleaseAsync(cartId, cart, cancellationToken);
            return CartProblems.From(e);
        }
    }

    private async Task DropDonationAsync(CartUnitOfWork unit, CancellationToken cancellationToken)
    {
        if (unit.Session.Donation is not null && unit.Session.CartId is { } cartId)
        {
            try
            {
                await donations.ApplyAsync(cartId, null, cancellationToken);
            }
            catch (VoordeMensenException e)
            {
                // Not orderable either way: VdM refuses an order without tickets, and the hold ends.
                logger.LogWarning("Removing the donation failed: {Kind} {Status}", e.Kind, e.StatusCode);
            }
        }

        unit.Session = unit.Session.WithoutDonation();
    }

    /// <summary>Adds the items one by one; the returned cart id is null only when no cart could be created.</summary>
    private async Task<(PublicCart Cart, string? CartId, CartProblem Problem, string? FailedDiscountId)> TryAddAsync(
        CartUnitOfWork unit, string? cartId, PublicCart before, IReadOnlyList<TicketSelection> items, CancellationToken cancellationToken)
    {
        var cart = before;
        if (cartId is null && !guard.TryCreateCart(unit.Visitor))
        {
            logger.LogWarning("Cart creation rate-limited for a visitor");
            return (cart, null, CartProblem.TooManyRequests, null);
        }

        try
        {
            cartId ??= await Vdm.Public.CreateCartAsync(cancellationToken);
        }
        catch (VoordeMensenException e)
        {
            logger.LogWarning("Creating a cart failed: {Kind} {Status}", e.Kind, e.StatusCode);
            return (cart, null, CartProblems.From(e), null);
        }

        var known = before.Lines.Select(l => l.SeatId).ToHashSet(StringComparer.Ordinal);
        foreach (var item in items)
        {
            try
            {
                cart = await Vdm.Public.AddTicketsAsync(cartId, item.PerformanceId, item.DiscountId, item.Quantity, cancellationToken);
            }
            catch (VoordeMensenException e)
            {
                logger.LogInformation("VdM refused {Quantity} tickets of {DiscountId} for {PerformanceId}: {Kind} {Status}",
                    item.Quantity, item.DiscountId, item.PerformanceId, e.Kind, e.StatusCode);
                var added = cart.Lines.Where(l => !known.Contains(l.SeatId)).ToList();
                return (await RollBackAsync(cartId, cart, added, cancellationToken), cartId, CartProblems.From(e), item.DiscountId);
            }
        }

        return (cart, cartId, CartProblem.None, null);
    }

    /// <summary>Takes out what an attempt added, so a refusal never leaves half an order behind.</summary>
    private async Task<PublicCart> RollBackAsync(string cartId, PublicCart cart, IReadOnlyList<CartLine> added, CancellationToken cancellationToken)
    {
        foreach (var line in added)
        {
            try
            {
                cart = await Vdm.Public.RemoveTicketAsync(cartId, line.SeatId, cancellationToken);
            }
            catch (VoordeMensenException e)
            {
                // The seat is released by VdM when the hold ends; the visitor can also remove it from the cart page.
                logger.LogWarning("Rolling back seat {SeatId} failed: {Kind} {Status}", line.SeatId, e.Kind, e.StatusCode);
            }
        }

        return cart;
    }

    private async Task ReleaseAsync(string cartId, PublicCart cart, CancellationToken cancellationToken)
    {
        try
        {
            if (Vdm.HasPepperedKey)
            {
                await Vdm.Peppered.EmptyCartAsync(cartId, cancellationToken);
                return;
            }

            foreach (var line in cart.Lines)
            {
                await Vdm.Public.RemoveTicketAsync(cartId, line.SeatId, cancellationToken);
            }
        }
        catch (VoordeMensenException e)
        {
            // Not fatal: VdM releases the old seats when their hold ends.
            logger.LogWarning("Releasing the previous cart failed: {Kind} {Status}", e.Kind, e.StatusCode);
        }
    }

    /// <summary>
    /// When the hold of a changed cart ends: none for an empty cart; the real hold from the Peppered cart when a key
    /// is configured; otherwise the client's configured hold.
    /// </summary>
    private async Task<DateTimeOffset?> HoldEndAsync(string cartId, PublicCart cart, CancellationToken cancellationToken)
    {
        if (cart.IsEmpty)
        {
            return null;
        }

        var configured = time.GetUtcNow().AddMinutes(Shop.HoldMinutes);
        if (!Vdm.HasPepperedKey)
        {
            return configured;
        }

        try
        {
            return (await Vdm.Peppered.GetCartSummaryAsync(cartId, cancellationToken)).TimeOut ?? configured;
        }
        catch (VoordeMensenException e)
        {
            logger.LogWarning("Reading the cart hold failed, using the configured hold: {Kind} {Status}", e.Kind, e.StatusCode);
            return configured;
        }
    }

    private CartView View(CartSession session) => new(
        session.Cart,
        session.Cart.IsEmpty ? HoldState.None : new HoldState(session.HoldExpiresAt, Math.Max(0, Shop.MaxRenewals - session.Renewals), session.HoldMinutes),
        session.Selection,
        session.Cart.IsEmpty ? session.SelectionLines : [],
        session.Order,
        session.Cart.IsEmpty ? null : session.Donation);
}
