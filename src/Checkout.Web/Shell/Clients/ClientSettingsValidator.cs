using System.Globalization;
using System.Text.RegularExpressions;
using Microsoft.Extensions.Options;

namespace Checkout.Web.Shell.Clients;

/// <summary>Start-up validation of every client's web settings; each failure names the configuration key.</summary>
internal sealed partial class ClientSettingsValidator(IWebHostEnvironment environment, IConfiguration configuration)
    : IValidateOptions<ClientSettings>
{
    private static readonly string[] SupportedCultures = ["nl", "en"];
    private const int MaxDonationAmounts = 6;
    private const decimal MaxDonation = 1000m;

    public ValidateOptionsResult Validate(string? name, ClientSettings options)
    {
        var key = string.IsNullOrEmpty(name) ? ClientKeys.Default : name;
        var failures = new List<string>();
        string Path(string setting) => ClientKeys.SettingPath(key, setting);
        var culturePath = key == ClientKeys.Default ? "Checkout:DefaultCulture" : Path("DefaultCulture");

        if (!SupportedCultures.Contains(options.DefaultCulture))
        {
            failures.Add($"{culturePath} must be one of: {string.Join(", ", SupportedCultures)}.");
        }

        if (key != ClientKeys.Default)
        {
            if (options.Hosts.Length == 0 && string.IsNullOrWhiteSpace(options.PathPrefix))
            {
                failures.Add($"{Path("Hosts")} or {Path("PathPrefix")} is required: a client must be reachable.");
            }

            if (options.PathPrefix is { Length: > 0 } prefix && !PrefixPattern().IsMatch(prefix))
            {
                failures.Add($"{Path("PathPrefix")} must be lower-case letters, digits or '-' (got '{prefix}').");
            }
        }

        var brand = options.Brand;
        if (string.IsNullOrWhiteSpace(brand.Name))
        {
            failures.Add($"{Path("Brand:Name")} is required.");
        }

        ValidateAsset(brand.Logo, Path("Brand:Logo"), required: true, failures);
        ValidateAsset(brand.Stylesheet, Path("Brand:Stylesheet"), required: false, failures);

        foreach (var (setting, value) in Colours(brand.Colors))
        {
            if (!ColourPattern().IsMatch(value ?? ""))
            {
                failures.Add($"{Path($"Brand:Colors:{setting}")} must be a hex colour like #1F3A5F (got '{value}').");
            }
        }

        foreach (var (setting, value) in Links(brand.Links))
        {
            if (value is not null && !IsSafeLink(value))
            {
                failures.Add($"{Path($"Brand:Links:{setting}")} must be an absolute https/http, mailto: or tel: link (got '{value}').");
            }
        }

        ShopSettingsValidation.Validate(options.Shop, SupportedCultures, Path, failures);
        ValidateDonations(options.Shop.Donations, Path, failures);
        for (var i = 0; i < options.Embedding.AllowedOrigins.Length; i++)
        {
            var origin = options.Embedding.AllowedOrigins[i];
            if (Embedding.EmbeddingOrigins.Normalize(origin) is null)
            {
                failures.Add($"{Path($"Embedding:AllowedOrigins:{i}")} must be an origin like https://www.venue.nl "
                    + $"(https, or http only for localhost; no path or wildcard) (got '{origin}').");
            }
        }

        return failures.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(failures);
    }

    private void ValidateDonations(DonationOptions donations, Func<string, string> path, List<string> failures)
    {
        var amounts = donations.Amounts;
        if (amounts.Length == 0)
        {
            return;
        }

        if (amounts.Length > MaxDonationAmounts || amounts.Distinct().Count() != amounts.Length)
        {
            failures.Add($"{path("Shop:Donations:Amounts")} must list at most {MaxDonationAmounts} different amounts.");
        }

        for (var i = 0; i < amounts.Length; i++)
        {
            if (amounts[i] is <= 0 or > MaxDonation || decimal.Round(amounts[i], 2) != amounts[i])
            {
                failures.Add($"{path($"Shop:Donations:Amounts:{i}")} must be an amount in euros above 0 and at most "
                    + $"{MaxDonation} with at most 2 decimals (got {amounts[i].ToString(CultureInfo.InvariantCulture)}).");
            }
        }

        // VdM's public cart has no donations: they go into the cart through Peppered, which needs the client's key.
        var apiKey = path("VoordeMensen:ApiKey");
        if (string.IsNullOrWhiteSpace(configuration[apiKey]))
        {
            failures.Add($"{path("Shop:Donations:Amounts")} needs {apiKey}: donations go into the VdM cart through Peppered.");
        }
    }

    private void ValidateAsset(string? path, string settingPath, bool required, List<string> failures)
    {
        if (string.IsNullOrWhiteSpace(path))
        {
            if (required)
            {
                failures.Add($"{settingPath} is required (a path under wwwroot/, e.g. /brands/demo/logo.svg).");
            }

            return;
        }

        if (!path.StartsWith('/') || path.Contains("..", StringComparison.Ordinal))
        {
            failures.Add($"{settingPath} must be a path under wwwroot/ starting with '/' (got '{path}').");
        }
        else if (!environment.WebRootFileProvider.GetFileInfo(path).Exists)
        {
            failures.Add($"{settingPath} points to '{path}', which does not exist under wwwroot/.");
        }
    }

    private static bool IsSafeLink(string value) =>
        Uri.TryCreate(value, UriKind.Absolute, out var uri)
        && uri.Scheme is "https" or "http" or "mailto" or "tel";

    private static IEnumerable<(string, string?)> Colours(Branding.BrandColors c) =>
    [
        (nameof(c.Primary), c.Primary), (nameof(c.Secondary), c.Secondary),
        (nameof(c.AppBarBackground), c.AppBarBackground), (nameof(c.AppBarText), c.AppBarText),
        (nameof(c.Background), c.Background), (nameof(c.Surface), c.Surface), (nameof(c.Text), c.Text),
    ];

    private static IEnumerable<(string, string?)> Links(Branding.BrandLinks l) =>
    [
        (nameof(l.Website), l.Website), (nameof(l.Contact), l.Contact),
        (nameof(l.Terms), l.Terms), (nameof(l.Privacy), l.Privacy),
    ];

    [GeneratedRegex("^#([0-9a-fA-F]{6}|[0-9a-fA-F]{3})$")]
    private static partial Regex ColourPattern();

    [GeneratedRegex("^[a-z0-9][a-z0-9-]{0,39}$")]
    private static partial Regex PrefixPattern();
}
