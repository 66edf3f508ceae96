namespace Checkout.Web.Shell.Embedding;

/// <summary>
/// Parses configured embedding origins. Only https is accepted, except plain http on loopback names so a venue can try
/// the embed on its own machine; anything with a path, query, credentials or wildcard is refused rather than guessed,
/// because these values end up verbatim in a security header.
/// </summary>
public static class EmbeddingOrigins
{
    /// <summary>The canonical origin ("https://www.venue.nl" or "http://localhost:8080"), or null when not acceptable.</summary>
    public static string? Normalize(string? value)
    {
        if (string.IsNullOrWhiteSpace(value) || value.Contains('*', StringComparison.Ordinal)
            || !Uri.TryCreate(value.Trim(), UriKind.Absolute, out var uri))
        {
            return null;
        }

        var secure = uri.Scheme == Uri.UriSchemeHttps;
        var loopbackHttp = uri.Scheme == Uri.UriSchemeHttp && IsLoopbackName(uri.Host);
        if (!(secure || loopbackHttp) || uri.UserInfo.Length > 0 || uri.AbsolutePath != "/"
            || uri.Query.Length > 0 || uri.Fragment.Length > 0)
        {
            return null;
        }

        return uri.GetLeftPart(UriPartial.Authority).ToLowerInvariant();
    }

    private static bool IsLoopbackName(string host) =>
        host is "localhost" or "127.0.0.1" or "[::1]" || host.EndsWith(".localhost", StringComparison.OrdinalIgnoreCase);
}
