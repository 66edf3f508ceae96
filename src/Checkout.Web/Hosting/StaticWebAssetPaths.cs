namespace Checkout.Web.Hosting;

/// <summary>URL prefixes that belong to the build's static web assets (Blazor's and packages' files), never to a venue.</summary>
internal static class StaticWebAssetPaths
{
    private static readonly PathString Framework = "/_framework";
    private static readonly PathString Packages = "/_content";

    public static bool Owns(PathString path) =>
        path.StartsWithSegments(Framework, StringComparison.OrdinalIgnoreCase)
        || path.StartsWithSegments(Packages, StringComparison.OrdinalIgnoreCase);
}
