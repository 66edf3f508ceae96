using System.Globalization;

namespace Checkout.IntegrationTests.Infrastructure;

/// <summary>MudBlazor writes theme colours as rgba() CSS variables.</summary>
internal static class ThemeCss
{
    public static string Primary(string hex)
    {
        int Channel(int offset) => int.Parse(hex.AsSpan(1 + offset, 2), NumberStyles.HexNumber, CultureInfo.InvariantCulture);
        return $"--mud-palette-primary: rgba({Channel(0)},{Channel(2)},{Channel(4)},1);";
    }
}
