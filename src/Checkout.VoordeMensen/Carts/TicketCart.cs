using Checkout.VoordeMensen.Public;
using Microsoft.Extensions.Logging;

namespace Checkout.VoordeMensen.Carts;

/// <summary>
/// <see cref="ITicketCart"/> over a client's public and Peppered services. Logs carry kinds and statuses, never cart
/// ids or keys.
/// </summary>
public sealed class TicketCart(IVoordeMensenClient client, ILogger<TicketCart> logger) : ITicketCart
{
    public Task<VdmResult<string>> CreateAsync(CancellationToken cancellationToken = default) =>
        ChangeAsync("Creating a cart", () => client.Public.CreateCartAsync(cancellationToken));

    public Task<VdmResult<PublicCart>> ReadAsync(string cartId, CancellationToken cancellationToken = default) =>
        ChangeAsync("Reading the cart", () => client.Public.GetCartAsync(cartId, cancellationToken));

    public async Task<CartAddResult> AddAsync(
        string cartId, IReadOnlyCollection<string> heldSeatIds, IReadOnlyList<TicketItem> items, CancellationToken cancellationToken = default)
    {
        ArgumentOutOfRangeException.ThrowIfZero(items.Count);
        PublicCart? cart = null;
        foreach (var item in items)
        {
            try
            {
                cart = await client.Public.AddTicketsAsync(cartId, item.PerformanceId, item.DiscountId, item.Quantity, cancellationToken);
            }
            catch (VoordeMensenException e)
            {
                logger.LogInformation("VdM refused {Quantity} tickets of {DiscountId} for {PerformanceId}: {Kind} {Status}",
                    item.Quantity, item.DiscountId, item.PerformanceId, e.Kind, e.StatusCode);
                var held = heldSeatIds.ToHashSet(StringComparer.Ordinal);
                var added = cart?.Lines.Where(l => !held.Contains(l.SeatId)).ToList() ?? [];
                var refusal = Refusals.OfCartChange(e);
                if (refusal == VdmRefusal.NotForSale && e.Kind == VdmErrorKind.NotFound && cart is null && await IsGoneAsync(cartId, cancellationToken))
                {
                    refusal = VdmRefusal.CartGone;
                }

                return new CartAddResult(cart is null ? null : await RollBackAsync(cartId, cart, added, cancellationToken), refusal, item);
            }
        }

        return new CartAddResult(cart);
    }

    /// <summary>A 404 on an add means "not on sale" or "no such cart"; only reading the cart tells them apart.</summary>
    private async Task<bool> IsGoneAsync(string cartId, CancellationToken cancellationToken)
    {
        try
        {
            await client.Public.GetCartAsync(cartId, cancellationToken);
            return false;
        }
        catch (VoordeMensenException e)
        {
            return e.Kind == VdmErrorKind.NotFound;
        }
    }

    public Task<VdmResult<PublicCart>> RemoveAsync(string cartId, string seatId, CancellationToken cancellationToken = default) =>
        ChangeAsync("Removing a ticket", () => client.Public.RemoveTicketAsync(cartId, seatId, cancellationToken));

    public async Task ReleaseAsync(string cartId, IEnumerable<string> seatIds, CancellationToken cancellationToken = default)
    {
        try
        {
            if (client.HasPepperedKey)
            {
                await client.Peppered.EmptyCartAsync(cartId, cancellationToken);
                return;
            }

            foreach (var seatId in seatIds)
            {
                await client.Public.RemoveTicketAsync(cartId, seatId, cancellationToken);
            }
        }
        catch (VoordeMensenException e)
        {
            // Not fatal: VdM releases the seats when their hold ends.
            logger.LogWarning("Releasing a cart failed: {Kind} {Status}", e.Kind, e.StatusCode);
        }
    }

    public async Task<CartHold> HoldAsync(string cartId, CancellationToken cancellationToken = default)
    {
        if (!client.HasPepperedKey)
        {
            return new CartHold(null, PepperedKnowsCart: false);
        }

        try
        {
            return new CartHold((await client.Peppered.GetCartSummaryAsync(cartId, cancellationToken)).TimeOut, PepperedKnowsCart: true);
        }
        catch (VoordeMensenException e) when (e.Kind == VdmErrorKind.NotFound)
        {
            logger.LogWarning("Peppered does not know the public cart; the configured hold applies and donations are off for it");
            return new CartHold(null, PepperedKnowsCart: false);
        }
        catch (VoordeMensenException e)
        {
            // A hiccup says nothing about the cart: donations stay on.
            logger.LogWarning("Reading the cart hold failed, the configured hold applies: {Kind} {Status}", e.Kind, e.StatusCode);
            return new CartHold(null, PepperedKnowsCart: true);
        }
    }

    public Task<VdmResult<DateTimeOffset?>> SetDonationAsync(string cartId, decimal? amount, CancellationToken cancellationToken = default) =>
        ChangeAsync("Changing the donation", async () => (await DonationLine.ApplyAsync(client.Peppered, cartId, amount, cancellationToken)).TimeOut);

    public async Task<VdmResult<OrderCreated>> CreateOrderAsync(OrderRequest request, CancellationToken cancellationToken = default)
    {
        try
        {
            return VdmResults.Ok(await client.Public.CreateOrderAsync(request, cancellationToken));
        }
        catch (VoordeMensenException e)
        {
            logger.LogWarning("Order create failed: {Kind} {Status}", e.Kind, e.StatusCode);
            return VdmResults.Refused<OrderCreated>(Refusals.OfOrderCreate(e), e.Message);
        }
    }

    /// <summary>Takes out what an attempt added, so a refusal never leaves half an order behind.</summary>
    private async Task<PublicCart> RollBackAsync(string cartId, PublicCart cart, IReadOnlyList<CartLine> added, CancellationToken cancellationToken)
    {
        foreach (var line in added)
        {
            try
            {
                cart = await client.Public.RemoveTicketAsync(cartId, line.SeatId, cancellationToken);
            }
            catch (VoordeMensenException e)
            {
                // VdM releases the seat when the hold ends; the visitor can also remove it from the cart page.
                logger.LogWarning("Rolling back a seat failed: {Kind} {Status}", e.Kind, e.StatusCode);
            }
        }

        return cart;
    }

    private async Task<VdmResult<T>> ChangeAsync<T>(string action, Func<Task<T>> call)
    {
        try
        {
            return VdmResults.Ok(await call());
        }
        catch (VoordeMensenException e)
        {
            logger.LogWarning("{Action} failed: {Kind} {Status}", action, e.Kind, e.StatusCode);
            return VdmResults.Refused<T>(Refusals.OfCartChange(e), e.Message);
        }
    }
}
