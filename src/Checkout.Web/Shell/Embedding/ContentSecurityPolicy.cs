namespace Checkout.Web.Shell.Embedding;

/// <summary>
/// The Content-Security-Policy of every shop response. Each source is the narrowest the shop works with:
/// <list type="bullet">
/// <item>scripts: only our own files, plus the one inline element the framework renders (the import map that maps
/// fingerprinted module names), allowed by a per-response nonce instead of 'unsafe-inline'; a cached page, which
/// every visitor receives byte for byte, allows it by its hash instead (<see cref="ImportMapHash"/>);</item>
/// <item>styles: 'unsafe-inline' because MudBlazor writes its theme as an inline &lt;style&gt; and positions popovers
/// with style attributes; style injection cannot run script, so this is the accepted trade-off;</item>
/// <item>images: venue artwork may live on any https host (VdM event images), data: for MudBlazor's inline SVGs;</item>
/// <item>connect: 'self' covers the Blazor websocket on the same host (CSP3 maps 'self' to ws/wss);</item>
/// <item>form-action 'self': every form posts to the shop; the payment page is reached by a script or link
/// navigation, which form-action does not govern;</item>
/// <item>frame-ancestors: only the client's configured venue origins, 'none' when it has none.</item>
/// </list>
/// </summary>
public static class ContentSecurityPolicy
{
    public static string For(string nonce, IReadOnlyCollection<string> frameAncestors) => Build($"'nonce-{nonce}'", frameAncestors);

    /// <summary>The policy of a cached page: no nonce; the import map by its hash (null: the page has no inline script).</summary>
    public static string ForCachedPage(string? importMapHash, IReadOnlyCollection<string> frameAncestors) =>
        Build(importMapHash ?? "", frameAncestors);

    private static string Build(string inlineScripts, IReadOnlyCollection<string> frameAncestors)
    {
        var ancestors = frameAncestors.Count == 0 ? "'none'" : string.Join(' ', frameAncestors);
        return string.Join("; ",
            "default-src 'self'",
            $"script-src 'self' {inlineScripts}".TrimEnd(),
            "style-src 'self' 'unsafe-inline'",
            "img-src 'self' data: https:",
            "font-src 'self' data:",
            "connect-src 'self'",
            "form-action 'self'",
            "base-uri 'self'",
            "object-src 'none'",
            $"frame-ancestors {ancestors}");
    }
}
