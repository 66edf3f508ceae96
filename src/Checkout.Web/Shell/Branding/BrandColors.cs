namespace Checkout.Web.Shell.Branding;

public sealed class BrandColors
{
    public string Primary { get; set; } = "#1F3A5F";
    public string Secondary { get; set; } = "#C2410C";
    public string AppBarBackground { get; set; } = "#1F3A5F";
    public string AppBarText { get; set; } = "#FFFFFF";
    public string Background { get; set; } = "#FAFAF7";
    public string Surface { get; set; } = "#FFFFFF";
    public string Text { get; set; } = "#1C1C1C";
}
