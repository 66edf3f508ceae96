using System.Collections.Concurrent;
using Checkout.Web.Shell.Clients;
using MudBlazor;

namespace Checkout.Web.Shell.Branding;

/// <summary>Maps a client's brand settings to a MudBlazor theme, built once per client and shared by all circuits.</summary>
public sealed class BrandThemes(ClientRegistry registry)
{
    internal const double SecondaryTextAlpha = 0.78;

    private readonly ConcurrentDictionary<string, MudTheme> themes = new();

    public MudTheme For(string clientKey) => themes.GetOrAdd(clientKey, key => Create(registry.Get(key).Brand));

    internal static MudTheme Create(BrandOptions brand)
    {
        var body = FontFamily(brand.Fonts.Body);
        var headings = FontFamily(brand.Fonts.Headings ?? brand.Fonts.Body);
        return new MudTheme
        {
            PaletteLight = new PaletteLight
            {
                Primary = brand.Colors.Primary,
                Secondary = brand.Colors.Secondary,
                AppbarBackground = brand.Colors.AppBarBackground,
                AppbarText = brand.Colors.AppBarText,
                Background = brand.Colors.Background,
                Surface = brand.Colors.Surface,
                TextPrimary = brand.Colors.Text,

                // MudBlazor's default secondary text (black at 54 %) misses WCAG AA contrast on off-white
                // backgrounds; the brand's own text colour at 78 % keeps hints and helper texts above 4.5:1.
                TextSecondary = new MudBlazor.Utilities.MudColor(brand.Colors.Text).SetAlpha(SecondaryTextAlpha),
            },
            Typography = new Typography
            {
                Default = new DefaultTypography { FontFamily = body },
                H1 = new H1Typography { FontFamily = headings, FontSize = "2.25rem", FontWeight = "700", LineHeight = "1.2" },
                H2 = new H2Typography { FontFamily = headings, FontSize = "1.75rem", FontWeight = "700", LineHeight = "1.25" },
                H3 = new H3Typography { FontFamily = headings, FontSize = "1.4rem", FontWeight = "600", LineHeight = "1.3" },
                H4 = new H4Typography { FontFamily = headings, FontSize = "1.2rem", FontWeight = "600", LineHeight = "1.35" },
            },
        };
    }

    private static string[] FontFamily(string cssList) =>
        cssList.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
}
