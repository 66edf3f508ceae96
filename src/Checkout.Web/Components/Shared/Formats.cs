using System.Globalization;

namespace Checkout.Web.Components.Shared;

/// <summary>
/// Money and VdM times in the visitor's language. VdM sells in euros whatever the language, and its times are
/// Amsterdam wall-clock times (the offsets are already Amsterdam's), so they are shown as they are.
/// </summary>
public static class Formats
{
    public static string Money(decimal amount) => amount.ToString("C", EuroFormat(CultureInfo.CurrentCulture));

    /// <summary>"zaterdag 4 april 2026, 20:30" / "Saturday 4 April 2026, 20:30".</summary>
    public static string DateTime(DateTimeOffset value) =>
        value.ToString("dddd d MMMM yyyy, HH:mm", CultureInfo.CurrentCulture);

    /// <summary>"za 4 apr 2026" / "Sat 4 Apr 2026".</summary>
    public static string ShortDate(DateTimeOffset value) => value.ToString("ddd d MMM yyyy", CultureInfo.CurrentCulture);

    public static string Time(DateTimeOffset value) => value.ToString("HH:mm", CultureInfo.InvariantCulture);

    private static NumberFormatInfo EuroFormat(CultureInfo culture)
    {
        var format = (NumberFormatInfo)culture.NumberFormat.Clone();
        format.CurrencySymbol = "€";
        if (culture.TwoLetterISOLanguageName == "en")
        {
            format.CurrencyPositivePattern = 0;
            format.CurrencyNegativePattern = 1;
        }

        return format;
    }
}
