namespace Checkout.Web.Shell.Branding;

public sealed class BrandLinks
{
    public string? Website { get; set; }
    public string? Contact { get; set; }
    public string? Terms { get; set; }
    public string? Privacy { get; set; }
}
