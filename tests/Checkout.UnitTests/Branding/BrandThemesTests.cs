using Checkout.Web.Shell.Branding;

namespace Checkout.UnitTests.Branding;

public sealed class BrandThemesTests
{
    [Fact]
    public void Maps_brand_colours_and_fonts_to_the_MudBlazor_theme()
    {
        var brand = new BrandOptions
        {
            Colors = new BrandColors { Primary = "#6A1B9A", AppBarBackground = "#111111", AppBarText = "#FFEB3B" },
            Fonts = new BrandFonts { Body = "\"Trebuchet MS\", Arial, sans-serif", Headings = "Georgia, serif" },
        };

        var theme = BrandThemes.Create(brand);

        Assert.Equal("#6a1b9aff", theme.PaletteLight.Primary.ToString(MudBlazor.Utilities.MudColorOutputFormats.HexA).ToLowerInvariant());
        Assert.Equal("#111111ff", theme.PaletteLight.AppbarBackground.ToString(MudBlazor.Utilities.MudColorOutputFormats.HexA).ToLowerInvariant());
        Assert.Equal(["\"Trebuchet MS\"", "Arial", "sans-serif"], theme.Typography.Default.FontFamily!);
        Assert.Equal(["Georgia", "serif"], theme.Typography.H1.FontFamily!);
    }

    [Fact]
    public void Headings_fall_back_to_the_body_font()
    {
        var theme = BrandThemes.Create(new BrandOptions { Fonts = new BrandFonts { Body = "Inter, sans-serif" } });

        Assert.Equal(["Inter", "sans-serif"], theme.Typography.H2.FontFamily!);
    }

    [Fact]
    public void Secondary_text_is_the_brand_text_colour_dimmed_no_further_than_AA_allows()
    {
        var theme = BrandThemes.Create(new BrandOptions { Colors = new BrandColors { Text = "#1C1C1C" } });

        var secondary = theme.PaletteLight.TextSecondary;
        Assert.Equal((28, 28, 28), ((int)secondary.R, (int)secondary.G, (int)secondary.B));
        Assert.InRange(secondary.APercentage, 0.75, 1.0);
    }
}
