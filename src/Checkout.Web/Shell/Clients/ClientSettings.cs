using Checkout.Web.Shell.Branding;
using Checkout.Web.Shell.Embedding;

namespace Checkout.Web.Shell.Clients;

/// <summary>
/// Web-side settings of one white-label client. The default client ("default") reads the top-level "Brand", "Shop"
/// and "Checkout" sections; further clients read "Clients:{key}". VdM connection settings belong to Checkout.VoordeMensen.
/// </summary>
public sealed class ClientSettings
{
    /// <summary>Host names that select this client, e.g. "tickets.venue.nl". Unused for the default client.</summary>
    public string[] Hosts { get; set; } = [];

    /// <summary>Path prefix that selects this client, e.g. "fringe" for "/fringe/…". Unused for the default client.</summary>
    public string? PathPrefix { get; set; }

    /// <summary>Language of the shop when the visitor has not chosen one ("nl" or "en").</summary>
    public string DefaultCulture { get; set; } = "nl";

    public BrandOptions Brand { get; set; } = new();

    public ShopOptions Shop { get; set; } = new();

    public EmbeddingOptions Embedding { get; set; } = new();
}
