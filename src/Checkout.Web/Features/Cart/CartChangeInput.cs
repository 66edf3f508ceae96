using System.Globalization;

namespace Checkout.Web.Features.Cart;

/// <summary>What the cart page's form posts: the ticket to remove, or the donation chosen ("none" for none).</summary>
public sealed class CartChangeInput
{
    public const string NoDonation = "none";

    /// <summary>The seat id of the ticket whose remove button was pressed.</summary>
    public string? Remove { get; set; }

    /// <summary>An amount (invariant culture) or <see cref="NoDonation"/>, when a donation button was pressed.</summary>
    public string? Donation { get; set; }

    public static string ValueOf(decimal? amount) => amount?.ToString(CultureInfo.InvariantCulture) ?? NoDonation;

    /// <summary>The donation chosen, when the posted value is one (null = no donation).</summary>
    public bool TryGetDonation(out decimal? amount)
    {
        amount = null;
        if (Donation == NoDonation)
        {
            return true;
        }

        if (decimal.TryParse(Donation, NumberStyles.Number, CultureInfo.InvariantCulture, out var chosen))
        {
            amount = chosen;
            return true;
        }

        return false;
    }
}
