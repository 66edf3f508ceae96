using Checkout.VoordeMensen.Peppered;

namespace Checkout.VoordeMensen.Carts;

/// <summary>
/// The donation line of a VdM cart. VdM's public cart has no donations, so this goes through the Peppered cart
/// (add <c>{"priceId":"donation","rankId":0,"amount":…}</c>, remove by item id), which also lists the donation.
/// </summary>
internal static class DonationLine
{
    /// <summary>
    /// Makes the cart hold exactly <paramref name="amount"/> as its donation (none when null). Reads the cart first,
    /// so a donation VdM already holds (from before a renewal, or a lapsed hold) is never added twice.
    /// </summary>
    public static async Task<PepperedCart> ApplyAsync(IVdmPepperedService peppered, string cartId, decimal? amount, CancellationToken cancellationToken)
    {
        var cart = await peppered.GetCartAsync(cartId, cancellationToken);
        var held = cart.Items.Where(IsDonation).ToList();
        if (amount is { } wanted && held.Count == 1 && held[0].Amount == wanted || amount is null && held.Count == 0)
        {
            return cart;
        }

        foreach (var item in held)
        {
            cart = await peppered.RemoveCartItemAsync(cartId, item.ItemId, cancellationToken);
        }

        return amount is { } value
            ? await peppered.AddToCartAsync(cartId, [PepperedCartAddition.Donation(value)], cancellationToken)
            : cart;
    }

    private static bool IsDonation(PepperedCartItem item) =>
        string.Equals(item.ItemType, PepperedCartAddition.DonationPriceId, StringComparison.OrdinalIgnoreCase)
        || string.Equals(item.PriceId, PepperedCartAddition.DonationPriceId, StringComparison.OrdinalIgnoreCase);
}
