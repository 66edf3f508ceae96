namespace Checkout.Web.Shell.Embedding;

/// <summary>
/// Where a client's shop may be embedded ("Embedding" for the default client, "Clients:{key}:Embedding" for others).
/// The origins become the CSP <c>frame-ancestors</c>; later they also bound where the checkout posts its messages.
/// </summary>
public sealed class EmbeddingOptions
{
    /// <summary>
    /// Venue origins (scheme, host and optional port, e.g. "https://www.venue.nl") that may show the shop in a frame.
    /// Empty = the shop refuses to be framed at all.
    /// </summary>
    public string[] AllowedOrigins { get; set; } = [];

    /// <summary>
    /// The allowed origins in canonical form (<see cref="EmbeddingOrigins.Normalize"/>), as every header, meta tag and
    /// check uses them; start-up refuses malformed ones, so none is dropped in a running app.
    /// </summary>
    public IReadOnlyList<string> Origins() => [.. AllowedOrigins.Select(EmbeddingOrigins.Normalize).OfType<string>()];
}
