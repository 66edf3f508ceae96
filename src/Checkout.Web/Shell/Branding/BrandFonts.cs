namespace Checkout.Web.Shell.Branding;

public sealed class BrandFonts
{
    /// <summary>CSS font-family list for body text.</summary>
    public string Body { get; set; } = "system-ui, -apple-system, \"Segoe UI\", Roboto, sans-serif";

    /// <summary>CSS font-family list for headings; falls back to <see cref="Body"/>.</summary>
    public string? Headings { get; set; }
}
