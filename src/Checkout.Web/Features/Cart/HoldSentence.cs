using System.Globalization;
using Checkout.Web.Shell.Clients;
using Microsoft.Extensions.Localization;

namespace Checkout.Web.Features.Cart;

/// <summary>
/// The sentence that explains the ticket hold: the client's own text in the visitor's language
/// (<see cref="ShopOptions.HoldText"/>), otherwise the built-in one from the resources.
/// </summary>
public static class HoldSentence
{
    public const string MinutesPlaceholder = "{minutes}";

    public static string For(ShopOptions shop, IStringLocalizer<CartText> t, int minutes)
    {
        var language = CultureInfo.CurrentUICulture.TwoLetterISOLanguageName;
        var configured = shop.HoldText.FirstOrDefault(p => string.Equals(p.Key, language, StringComparison.OrdinalIgnoreCase)).Value;
        var text = string.IsNullOrWhiteSpace(configured) ? t["HoldText"].Value : configured;
        return text.Replace(MinutesPlaceholder, minutes.ToString(CultureInfo.CurrentCulture), StringComparison.Ordinal);
    }
}
