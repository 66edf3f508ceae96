using Checkout.VoordeMensen;
using Checkout.VoordeMensen.Public;
using Checkout.Web.Shell.Clients;
using Checkout.Web.Shell.Security;
using Checkout.Web.Shell.Visitors;

namespace Checkout.Web.Features.Cart;

/// <summary>
/// The visitor's cart at VdM. The cart id lives only in the server-side <see cref="CartSession"/>; every change runs
/// under the visitor's lock and talks to VdM only on the visitor's own action (VdM asks not to poll carts).
/// </summary>
public sealed class CartService(
    IVoordeMensenClients vdm,
    CurrentClient client,
    CurrentVisitor visitor,
    CartSessionStore store,
    VisitorLocks locks,
    AbuseGuard guard,
    DonationCart donations,
    TimeProvider time,
    ILogger<CartService> logger)
{
    private IVoordeMensenClient Vdm => vdm.For(client.Key);

    private ShopOptions Shop => client.Settings.Shop;

    /// <summary>The cart as last seen, without calling VdM (for pages that just follow a cart action).</summary>
    public async Task<CartView> GetAsync(CancellationToken cancellationToken) =>
        View(await store.GetAsync(client.Key, visitor.RequiredId, cancellationToken));

    /// <summary>Reads the cart from VdM: released seats disappear and the selection shows as expired.</summary>
    public async Task<CartView> RefreshAsync(CancellationToken cancellationToken)
    {
        using var _ = await locks.EnterAsync(client.Key, visitor.RequiredId, cancellationToken);
        var session = await LoadAsync(cancellationToken);
        if (session.CartId is null)
        {
            return View(session);
        }

        var cart = await Vdm.Public.GetCartAsync(session.CartId, cancellationToken);
        session = cart.IsEmpty ? session with { Cart = cart, HoldExpiresAt = null } : session with { Cart = cart };
        await SaveAsync(session, cancellationToken);
        return View(session);
    }

    /// <summary>Adds tickets of one or more types for a performance; if VdM refuses one, the others are taken out again.</summary>
    public async Task<CartChange> AddAsync(int performanceId, IReadOnlyList<TicketRequest> requests, CancellationToken cancellationToken)
    {
        var wanted = requests.Where(r => r.Quantity > 0).ToList();
        using var _ = await locks.EnterAsync(client.Key, visitor.RequiredId, cancellationToken);
        var session = await LoadAsync(cancellationToken);
        if (wanted.Count == 0)
        {
            return new CartChange(View(session));
        }

        if (session.Cart.IsEmpty)
        {
            // New tickets on an empty cart are a new choice: a donation remembered from a lapsed hold is not added.
            session = await DropDonationAsync(session, cancellationToken);
        }

        var (cart, cartId, problem, failed) = await TryAddAsync(session.CartId, session.Cart, [.. wanted.Select(r => new TicketSelection(performanceId, r.DiscountId, r.Quantity))], cancellationToken);
        if (cartId is not null && cartId != session.CartId)
        {
            session = session with { CartId = cartId, Cart = PublicCart.Empty, HoldExpiresAt = null };
        }

        if (problem != CartProblem.None)
        {
            session = session with { Cart = cart };
            await SaveAsync(session, cancellationToken);
            return new CartChange(View(session), problem, failed);
        }

        session = await AfterChangeAsync(session with { Renewals = 0 }, cart, cancellationToken);
        return new CartChange(View(session));
    }

    public async Task<CartChange> RemoveAsync(string seatId, CancellationToken cancellationToken)
    {
        using var _ = await locks.EnterAsync(client.Key, visitor.RequiredId, cancellationToken);
        var session = await LoadAsync(cancellationToken);
        if (session.CartId is null || session.Cart.Lines.All(l => l.SeatId != seatId))
        {
            return new CartChange(View(session));
        }

        try
        {
            var cart = await Vdm.Public.RemoveTicketAsync(session.CartId, seatId, cancellationToken);
            if (cart.IsEmpty)
            {
                // A donation alone is no order: it leaves with the last ticket.
                session = await DropDonationAsync(session, cancellationToken);
            }

            session = await AfterChangeAsync(session, cart, cancellationToken);
            return new CartChange(View(session));
        }
        catch (VoordeMensenException e)
        {
            logger.LogWarning("Removing a ticket failed: {Kind} {Status}", e.Kind, e.StatusCode);
            return new CartChange(View(session), CartProblems.From(e));
        }
    }

    /// <summary>
    /// Renews the hold of the same selection (or re-reserves it after expiry) with documented calls only: the
    /// selection is reserved in a fresh cart first, and only then are the old seats released, so a failed renewal
    /// leaves the visitor with what they had.
    /// </summary>
    public async Task<CartChange> RenewAsync(CancellationToken cancellationToken)
    {
        using var _ = await locks.EnterAsync(client.Key, visitor.RequiredId, cancellationToken);
        var session = await LoadAsync(cancellationToken);
        if (session.Selection.Count == 0)
        {
            return new CartChange(View(session));
        }

        if (!session.Cart.IsEmpty && session.Renewals >= Shop.MaxRenewals)
        {
            return new CartChange(View(session), CartProblem.LimitReached);
        }

        var renewals = session.Cart.IsEmpty ? 0 : session.Renewals + 1;
        return await ReplaceCartAsync(session, session.Selection, session.SelectionLines, renewals, cancellationToken);
    }

    /// <summary>Reserves a remembered selection (e.g. of a cancelled order) as the visitor's new cart.</summary>
    public async Task<CartChange> ReserveAsync(
        IReadOnlyList<TicketSelection> selection, IReadOnlyList<CartLine> lines, decimal? donation, CancellationToken cancellationToken)
    {
        using var _ = await locks.EnterAsync(client.Key, visitor.RequiredId, cancellationToken);
        var session = await LoadAsync(cancellationToken) with { Donation = donation };
        return await ReplaceCartAsync(session, selection, lines, renewals: 0, cancellationToken);
    }

    /// <summary>
    /// Reserves <paramref name="selection"/> in a fresh cart, then releases the seats the session held. On a refusal
    /// nothing changes, except that a visitor without held seats keeps the selection to try again.
    /// </summary>
    private async Task<CartChange> ReplaceCartAsync(
        CartSession session, IReadOnlyList<TicketSelection> selection, IReadOnlyList<CartLine> lines, int renewals, CancellationToken cancellationToken)
    {
        var (cart, cartId, problem, failed) = await TryAddAsync(null, PublicCart.Empty, selection, cancellationToken);
        if (problem == CartProblem.None)
        {
            problem = await CarryDonationAsync(cartId!, cart, session.Donation, cancellationToken);
        }

        if (problem != CartProblem.None)
        {
            if (session.Cart.IsEmpty)
            {
                session = session with { Selection = selection, SelectionLines = lines };
                await SaveAsync(session, cancellationToken);
            }

            return new CartChange(View(session), problem, failed);
        }

        if (session.CartId is { } oldCartId && !session.Cart.IsEmpty)
        {
            await ReleaseAsync(oldCartId, session.Cart, cancellationToken);
        }

        session = await AfterChangeAsync(session with { CartId = cartId, Renewals = renewals }, cart, cancellationToken);
        return new CartChange(View(session));
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

    private async Task<CartSession> DropDonationAsync(CartSession session, CancellationToken cancellationToken)
    {
        if (session.Donation is null || session.CartId is not { } cartId)
        {
            return session with { Donation = null };
        }

        try
        {
            await donations.ApplyAsync(cartId, null, cancellationToken);
        }
        catch (VoordeMensenException e)
        {
            // Not orderable either way: VdM refuses an order without tickets, and the hold ends.
            logger.LogWarning("Removing the donation failed: {Kind} {Status}", e.Kind, e.StatusCode);
        }

        return session with { Donation = null };
    }

    /// <summary>Adds the items one by one; the returned cart id is null only when no cart could be created.</summary>
    private async Task<(PublicCart Cart, string? CartId, CartProblem Problem, string? FailedDiscountId)> TryAddAsync(
        string? cartId, PublicCart before, IReadOnlyList<TicketSelection> items, CancellationToken cancellationToken)
    {
        var cart = before;
        if (cartId is null && !guard.TryCreateCart(client.Key, visitor.RequiredId, visitor.Address))
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

    private async Task<CartSession> AfterChangeAsync(CartSession session, PublicCart cart, CancellationToken cancellationToken)
    {
        var holdEnd = cart.IsEmpty ? (DateTimeOffset?)null : await HoldEndAsync(session.CartId!, cancellationToken);
        session = session with
        {
            Cart = cart,
            Selection = TicketSelection.From(cart),
            SelectionLines = cart.IsEmpty ? [] : cart.Lines,
            HoldExpiresAt = holdEnd,
            HoldMinutes = holdEnd is { } end ? Math.Max(0, (int)Math.Round((end - time.GetUtcNow()).TotalMinutes)) : null,
        };
        await SaveAsync(session, cancellationToken);
        return session;
    }

    /// <summary>The real hold from the Peppered cart when a key is configured; otherwise the client's configured hold.</summary>
    private async Task<DateTimeOffset> HoldEndAsync(string cartId, CancellationToken cancellationToken)
    {
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

    private Task<CartSession> LoadAsync(CancellationToken cancellationToken) =>
        store.GetAsync(client.Key, visitor.RequiredId, cancellationToken);

    private Task SaveAsync(CartSession session, CancellationToken cancellationToken) =>
        store.SaveAsync(client.Key, visitor.RequiredId, session, cancellationToken);
}
