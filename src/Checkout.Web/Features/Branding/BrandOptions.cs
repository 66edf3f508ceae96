namespace Checkout.Web.Features.Branding;

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

public sealed class BrandFonts
{
    /// <summary>CSS font-family list for body text.</summary>
    public string Body { get; set; } = "system-ui, -apple-system, \"Segoe UI\", Roboto, sans-serif";

    /// <summary>CSS font-family list for headings; falls back to <see cref="Body"/>.</summary>
    public string? Headings { get; set; }
}

public sealed class BrandLinks
{
    public string? Website { get; set; }
    public string? Contact { get; set; }
    public string? Terms { get; set; }
    public string? Privacy { get; set; }
}
