using System.Globalization;
using System.Text.RegularExpressions;
using Checkout.Sandbox.Data;

namespace Checkout.Sandbox.Peppered;

/// <summary>
/// Parses changedSince: ISO with offset is taken as is; a date or a naive date-time is Dutch local time.
/// </summary>
internal static partial class ChangedSince
{
    private static readonly string[] LocalFormats = ["yyyy-MM-dd", "yyyy-MM-dd HH:mm:ss", "yyyy-MM-ddTHH:mm:ss", "yyyy-MM-ddTHH:mm"];

    public const string Invalid = "The changed since is not a valid date.";

    public static bool TryParse(string? value, out DateTimeOffset? since)
    {
        since = null;
        if (string.IsNullOrWhiteSpace(value))
        {
            return true;
        }
        // An unencoded "+02:00" in a query string arrives as " 02:00".
        value = value.Contains('T', StringComparison.Ordinal) ? value.Replace(' ', '+') : value;
        if (WithOffset().IsMatch(value))
        {
            var ok = DateTimeOffset.TryParse(value, CultureInfo.InvariantCulture, DateTimeStyles.None, out var parsed);
            since = ok ? parsed : null;
            return ok;
        }
        if (DateTime.TryParseExact(value, LocalFormats, CultureInfo.InvariantCulture, DateTimeStyles.None, out var local))
        {
            since = AmsterdamTime.FromLocal(local);
            return true;
        }
        return false;
    }

    [GeneratedRegex(@"(Z|[+-]\d\d:?\d\d)$", RegexOptions.CultureInvariant)]
    private static partial Regex WithOffset();
}
