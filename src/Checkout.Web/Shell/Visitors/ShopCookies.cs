using Checkout.Web.Shell.Clients;
using Checkout.Web.Shell.Embedding;

namespace Checkout.Web.Shell.Visitors;

/// <summary>
/// The rules for every cookie the shop sets (visitor, antiforgery, language). <c>Secure</c> always, whatever the
/// request's scheme: behind a TLS proxy the app sees plain http, and a cookie sent back over http could be read or
/// replaced on the way. The name carries the prefix the browser then enforces: <c>__Host-</c> for a cookie on
/// <c>/</c> (no other host or subdomain can set or shadow it), <c>__Secure-</c> for one under a client's path prefix.
/// The one exception is plain http to a loopback name that no proxy reports as https (a developer's machine, the test
/// suites, a local load balancer): there the cookies are neither Secure nor prefixed, so every client, browser or not,
/// sends them back. A TLS proxy must pass the visitor's Host (docs/security.md); one that also rewrote it to a
/// loopback name is still recognised by its X-Forwarded-Proto.
/// In a venue's frame the cookie is partitioned (<see cref="FramedCookies"/>).
/// </summary>
public static class ShopCookies
{
    private const string RootPath = "/";

    /// <summary>Plain http to a loopback host name, and no proxy saying the visitor came over https: a developer's machine.</summary>
    public static bool IsLocalPlainHttp(HttpRequest request) =>
        !request.IsHttps && LoopbackHost.Is(request.Host.Host) && !ForwardedAsHttps(request.Headers);

    /// <summary>An untrusted proxy's word is enough here: it can only make the cookies stricter.</summary>
    private static bool ForwardedAsHttps(IHeaderDictionary headers) =>
        headers["X-Forwarded-Proto"].Any(v => v?.Contains("https", StringComparison.OrdinalIgnoreCase) == true)
        || headers["Forwarded"].Any(v => v?.Contains("proto=https", StringComparison.OrdinalIgnoreCase) == true);

    /// <summary>The path a cookie of this request belongs to: the client's path prefix, or <c>/</c>.</summary>
    public static string PathOf(HttpRequest request) => request.PathBase.HasValue ? request.PathBase.Value! : RootPath;

    /// <summary>The cookie's name in this request: <paramref name="baseName"/> with the prefix its attributes earn.</summary>
    public static string Name(string baseName, HttpRequest request) =>
        IsLocalPlainHttp(request) ? baseName : (PathOf(request) == RootPath ? "__Host-" : "__Secure-") + baseName;

    /// <summary>Applies the rules to a cookie of this request (its path is <see cref="PathOf"/>): Secure, no Domain, partitioned when framed.</summary>
    public static CookieOptions Apply(CookieOptions options, HttpRequest request)
    {
        options.Path = PathOf(request);
        options.Domain = null;
        options.Secure = !IsLocalPlainHttp(request);
        return FramedCookies.ForRequest(options, request);
    }
}
