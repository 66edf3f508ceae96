using MimeKit;

namespace Checkout.Web.Features.Customers;

/// <summary>
/// One bare e-mail address, nothing else: MimeKit must read the input as a single mailbox without a display name,
/// route or comment, and the address it reads must be the input itself. "Jane &lt;victim@example.com&gt;",
/// "a@b.nl (c)" or two addresses in one field would otherwise key one address's code while the mail goes to another.
/// </summary>
public static class StrictEmailAddress
{
    public const int MaxLength = 254;

    // Quotes, comments, brackets, separators and escapes have a meaning in a mail header, none in a bare address.
    private static readonly char[] HeaderSyntax = ['"', '(', ')', '<', '>', '[', ']', ',', ';', ':', '\\'];

    private static readonly ParserOptions Parser = new()
    {
        AddressParserComplianceMode = RfcComplianceMode.Strict,
        AllowAddressesWithoutDomain = false,
        AllowUnquotedCommasInAddresses = false,
    };

    /// <summary>The address trimmed and in lower case, or null when the input is anything but one bare address.</summary>
    public static string? Parse(string? input)
    {
        var value = input?.Trim().ToLowerInvariant();
        if (value is not { Length: >= 3 and <= MaxLength }
            || value.Any(c => char.IsWhiteSpace(c) || char.IsControl(c))
            || value.IndexOfAny(HeaderSyntax) >= 0
            || !InternetAddressList.TryParse(Parser, value, out var parsed)
            || parsed is not [MailboxAddress { Name: null or "", Route.Count: 0 } mailbox]
            || !string.Equals(mailbox.Address, value, StringComparison.Ordinal))
        {
            return null;
        }

        var at = value.IndexOf('@', StringComparison.Ordinal);
        return at > 0 && at == value.LastIndexOf('@') && at < value.Length - 1 ? value : null;
    }
}
