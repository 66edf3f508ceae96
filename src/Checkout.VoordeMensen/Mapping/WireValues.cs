namespace Checkout.VoordeMensen.Mapping;

/// <summary>Small conversions shared by the mappers.</summary>
internal static class WireValues
{
    /// <summary>Absolute http(s) URL or null (VdM sends null, "" or junk for unset links).</summary>
    public static Uri? ToUri(string? value) =>
        Uri.TryCreate(value?.Trim(), UriKind.Absolute, out var uri) && (uri.Scheme == Uri.UriSchemeHttp || uri.Scheme == Uri.UriSchemeHttps)
            ? uri
            : null;

    /// <summary>Seat row / number: "0" (and empty) means unnumbered.</summary>
    public static string? Numbered(string? value) =>
        string.IsNullOrWhiteSpace(value) || value.Trim() == "0" ? null : value.Trim();
}
