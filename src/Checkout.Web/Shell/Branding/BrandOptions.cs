namespace Checkout.Web.Shell.Branding;

/// <summary>How one client's shop looks: bound from "Brand" (default client) or "Clients:{key}:Brand".</summary>
public sealed class BrandOptions
{
    public string Name { get; set; } = "";

    /// <summary>Path under the top-level wwwroot/, e.g. "/brands/demo/logo.svg".</summary>
    public string Logo { get; set; } = "";

    /// <summary>Optional extra stylesheet under wwwroot/ (fonts, fine-tuning), e.g. "/brands/demo/brand.css".</summary>
    public string? Stylesheet { get; set; }

    public BrandColors Colors { get; set; } = new();

    public BrandFonts Fonts { get; set; } = new();

    public BrandLinks Links { get; set; } = new();
}
