namespace Checkout.Web.Shell.Embedding.VenueContext;

/// <summary>
/// The query parameters embed.js adds to the first address it opens in the frame (from the page's data-* attributes
/// and its own utm_* parameters). <see cref="VenueContextMiddleware"/> takes them off again at once.
/// </summary>
public static class VenueParameters
{
    public const string Email = "checkout_email";
    public const string FirstName = "checkout_first_name";
    public const string LastName = "checkout_last_name";
    public const string UtmSource = "utm_source";
    public const string UtmMedium = "utm_medium";
    public const string UtmCampaign = "utm_campaign";
    public const string UtmTerm = "utm_term";
    public const string UtmContent = "utm_content";

    /// <summary>Longest campaign value kept; UTM values are short labels.</summary>
    public const int MaxCampaignLength = 100;

    public static IReadOnlyList<string> All { get; } = [Email, FirstName, LastName, UtmSource, UtmMedium, UtmCampaign, UtmTerm, UtmContent];

    public static bool AnyIn(IQueryCollection query) => All.Any(query.ContainsKey);

    /// <summary>
    /// The UTM values that are short printable labels; null when none is. A value with an '@' is dropped: the campaign
    /// travels in analytics events, which never carry an e-mail address.
    /// </summary>
    public static VenueCampaign? Campaign(IQueryCollection query)
    {
        var campaign = new VenueCampaign(
            Label(query[UtmSource]), Label(query[UtmMedium]), Label(query[UtmCampaign]), Label(query[UtmTerm]), Label(query[UtmContent]));
        return campaign.IsEmpty ? null : campaign;
    }

    /// <summary>A campaign label as kept: trimmed, 1 to 100 characters, no control characters, no '@'.</summary>
    public static string? Label(string? value)
    {
        var trimmed = value?.Trim();
        return string.IsNullOrEmpty(trimmed) || trimmed.Length > MaxCampaignLength || trimmed.Contains('@', StringComparison.Ordinal)
            || trimmed.Any(char.IsControl)
            ? null
            : trimmed;
    }
}
