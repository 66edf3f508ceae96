namespace Checkout.VoordeMensen.Configuration;

/// <summary>Where VdM lives, read from configuration in every form VdM's documentation gives.</summary>
public static class VdmEndpoints
{
    private const string VersionSegment = "v1";

    /// <summary>VdM's own ticket/shop host (contract §0 "Ticket/shop host", §1.7); a venue may run its shop on its own domain.</summary>
    public static Uri DefaultTicketHost { get; } = new("https://tickets.voordemensen.nl/");

    /// <summary>
    /// The root the request paths (<c>v1/{client}/…</c>) are appended to. VdM documents its base as
    /// <c>https://api.voordemensen.nl/v1/</c> while the paths carry <c>v1</c> themselves, so one trailing <c>v1</c>
    /// segment is dropped; any other path (a reverse proxy's <c>/vdm/</c>) is kept. Always ends in a slash; query and
    /// fragment are left out.
    /// </summary>
    public static Uri ApiRoot(Uri baseUrl)
    {
        ArgumentNullException.ThrowIfNull(baseUrl);
        var segments = baseUrl.AbsolutePath.Split('/', StringSplitOptions.RemoveEmptyEntries).ToList();
        if (segments.Count > 0 && string.Equals(segments[^1], VersionSegment, StringComparison.OrdinalIgnoreCase))
        {
            segments.RemoveAt(segments.Count - 1);
        }

        var path = segments.Count == 0 ? "/" : "/" + string.Join('/', segments) + "/";
        return new UriBuilder(baseUrl.Scheme, baseUrl.Host, baseUrl.Port, path).Uri;
    }
}
