namespace Checkout.VoordeMensen.Peppered.SeatMaps;

/// <summary>
/// Adds chosen seats to a Peppered cart as one action: every seat or none. VdM gets them in one add; should it ever
/// apply part of it (a refusal after some seats were added, or fewer seats in the answer than sent) the additions are
/// removed again, so the shop is never left with half a selection. Callers hold the visitor's lock, so the items
/// that appear in the cart during the add are this add's.
/// </summary>
internal sealed class SeatHolder(IVdmPepperedService peppered)
{
    private const string TicketItem = "ticket";

    public async Task<SeatHoldResult> HoldAsync(string cartId, SeatSelection selection, CancellationToken cancellationToken)
    {
        var before = await ItemIdsAsync(cartId, cancellationToken);
        var additions = selection.Seats
            .Select(c => PepperedCartAddition.Seat(selection.EventId, c.Price.PriceId, c.Seat.RankId, c.Seat.Id))
            .ToList();
        PepperedCart cart;
        try
        {
            cart = await peppered.AddToCartAsync(cartId, additions, cancellationToken);
        }
        catch (VoordeMensenException refused) when (refused.Kind is VdmErrorKind.Rejected or VdmErrorKind.Validation or VdmErrorKind.NotFound)
        {
            await RemoveAddedAsync(cartId, before, cancellationToken);
            var gone = SeatRefusalReader.Named(refused, selection);
            return new SeatsRefused(gone.Count > 0 ? gone : await GoneFromPlanAsync(selection, cancellationToken), refused.Kind, refused.Message);
        }
        catch (VoordeMensenException unknownOutcome) when (unknownOutcome.Kind is VdmErrorKind.Timeout or VdmErrorKind.Unavailable or VdmErrorKind.InvalidResponse)
        {
            // The add may have been applied before the answer was lost: take it back if VdM can be reached.
            await TryRemoveAddedAsync(cartId, before, cancellationToken);
            throw;
        }

        var added = cart.Items.Where(i => !before.Contains(i.ItemId)).ToList();
        if (HoldsAll(selection, added))
        {
            return new SeatsHeld(selection.Seats, cart);
        }

        await RemoveAsync(cartId, added, cancellationToken);
        return new SeatsRefused(await GoneFromPlanAsync(selection, cancellationToken), VdmErrorKind.Rejected,
            "VoordeMensen held only part of the chosen seats; the others were released again.");
    }

    /// <summary>
    /// Every chosen seat is a new cart item (ticket item ids are seat ids, as in VdM's examples); where VdM uses other
    /// item ids, as many new tickets for the event as seats were chosen.
    /// </summary>
    private static bool HoldsAll(SeatSelection selection, List<PepperedCartItem> added)
    {
        var ids = added.Select(i => i.ItemId).ToHashSet(StringComparer.Ordinal);
        return selection.Seats.All(c => ids.Contains(c.Seat.Id))
            || added.Count(i => i.ItemType == TicketItem && (i.EventId ?? selection.EventId) == selection.EventId) >= selection.Seats.Count;
    }

    private async Task<HashSet<string>> ItemIdsAsync(string cartId, CancellationToken cancellationToken) =>
        (await ItemsAsync(cartId, cancellationToken)).Select(i => i.ItemId).ToHashSet(StringComparer.Ordinal);

    /// <summary>A cart Peppered does not know (yet: a fresh public cart id) holds nothing.</summary>
    private async Task<IReadOnlyList<PepperedCartItem>> ItemsAsync(string cartId, CancellationToken cancellationToken)
    {
        try
        {
            return (await peppered.GetCartAsync(cartId, cancellationToken)).Items;
        }
        catch (VoordeMensenException e) when (e.Kind == VdmErrorKind.NotFound)
        {
            return [];
        }
    }

    private async Task RemoveAddedAsync(string cartId, HashSet<string> before, CancellationToken cancellationToken) =>
        await RemoveAsync(cartId, [.. (await ItemsAsync(cartId, cancellationToken)).Where(i => !before.Contains(i.ItemId))], cancellationToken);

    private async Task TryRemoveAddedAsync(string cartId, HashSet<string> before, CancellationToken cancellationToken)
    {
        try
        {
            await RemoveAddedAsync(cartId, before, cancellationToken);
        }
        catch (VoordeMensenException)
        {
            // Still unreachable: the original failure is what the caller must see; VdM's hold runs out by itself.
        }
    }

    private async Task RemoveAsync(string cartId, List<PepperedCartItem> items, CancellationToken cancellationToken)
    {
        foreach (var item in items)
        {
            await peppered.RemoveCartItemAsync(cartId, item.ItemId, cancellationToken);
        }
    }

    /// <summary>The chosen seats that are no longer free on a fresh plan (read after the cart was put back).</summary>
    private async Task<IReadOnlyList<ChosenSeat>> GoneFromPlanAsync(SeatSelection selection, CancellationToken cancellationToken)
    {
        try
        {
            var plan = SeatMap.FromPlan(await peppered.GetSeatPlanAsync(selection.EventId, cancellationToken));
            return [.. selection.Seats.Where(c => plan.Find(c.Seat.Id) is not { IsFree: true })];
        }
        catch (VoordeMensenException)
        {
            return [];
        }
    }
}
