using System.Globalization;

namespace Checkout.Sandbox.PublicApi;

/// <summary>The public API's string encodings of money, dates and times.</summary>
internal static class WireFormat
{
    public const string EventViewEndUnset = "0000-00-00 00:00:00";
    public const string CartViewEndUnset = "00-00-0000";

    public static string Money(decimal amount) => amount.ToString("0.00", CultureInfo.InvariantCulture);

    public static string EventDate(DateTime local) => local.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    public static string EventTime(DateTime local) => local.ToString("HH:mm:ss", CultureInfo.InvariantCulture);

    public static string CartDate(DateTime local) => local.ToString("dd-MM-yyyy", CultureInfo.InvariantCulture);

    public static string CartTime(DateTime local) => local.ToString("HH:mm", CultureInfo.InvariantCulture);
}
