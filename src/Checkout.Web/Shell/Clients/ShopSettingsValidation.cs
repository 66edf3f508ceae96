using Checkout.Web.Features.Cart;

namespace Checkout.Web.Shell.Clients;

/// <summary>A client's <c>Shop:*</c> settings at start-up (part of <see cref="ClientSettingsValidator"/>): limits and the hold sentence.</summary>
internal static class ShopSettingsValidation
{
    private const int MaxHoldTextLength = 300;
    private const int MaxHoldMinutes = 240;
    private const int MaxSeatsPerVisitor = 1_000;
    private const int MaxSeatsPerAddress = 100_000;

    public static void Validate(ShopOptions shop, string[] supportedCultures, Func<string, string> path, List<string> failures)
    {
        ValidateLimits(shop, path, failures);
        ValidateHoldText(shop, supportedCultures, path, failures);
    }

    private static void ValidateLimits(ShopOptions shop, Func<string, string> path, List<string> failures)
    {
        void Range(string setting, int value, int min, int max)
        {
            if (value < min || value > max)
            {
                failures.Add($"{path($"Shop:{setting}")} must be between {min} and {max} (got {value}).");
            }
        }

        Range(nameof(shop.HoldMinutes), shop.HoldMinutes, 1, 120);
        Range(nameof(shop.MaxRenewals), shop.MaxRenewals, 10, 100);
        Range(nameof(shop.FewTicketsLeftAt), shop.FewTicketsLeftAt, 0, 50);
        Range(nameof(shop.StatusPollSeconds), shop.StatusPollSeconds, 10, 600);
        Range(nameof(shop.EveningMinutes), shop.EveningMinutes, 15, 1440);
        // A selection must be holdable at all, and one visitor's cap must fit in their address's.
        Range(nameof(shop.MaxHoldMinutes), shop.MaxHoldMinutes, shop.HoldMinutes, MaxHoldMinutes);
        Range(nameof(shop.MaxSeatsPerVisitor), shop.MaxSeatsPerVisitor, 1, MaxSeatsPerVisitor);
        Range(nameof(shop.MaxSeatsPerAddress), shop.MaxSeatsPerAddress, shop.MaxSeatsPerVisitor, MaxSeatsPerAddress);
    }

    private static void ValidateHoldText(ShopOptions shop, string[] supportedCultures, Func<string, string> path, List<string> failures)
    {
        foreach (var (language, text) in shop.HoldText)
        {
            var setting = path($"Shop:HoldText:{language}");
            if (!supportedCultures.Contains(language))
            {
                failures.Add($"{setting}: the language must be one of: {string.Join(", ", supportedCultures)}.");
            }
            else if (string.IsNullOrWhiteSpace(text) || text.Length > MaxHoldTextLength)
            {
                failures.Add($"{setting} must be a sentence of 1 to {MaxHoldTextLength} characters.");
            }
            else if (text.IndexOfAny(['<', '>']) >= 0 || text.Replace(HoldSentence.MinutesPlaceholder, "", StringComparison.Ordinal).IndexOfAny(['{', '}']) >= 0)
            {
                failures.Add($"{setting} must be plain text (no HTML); the only placeholder is {HoldSentence.MinutesPlaceholder} (got '{text}').");
            }
        }
    }
}
