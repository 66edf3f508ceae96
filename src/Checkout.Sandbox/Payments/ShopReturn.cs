using System.Net;
using Microsoft.AspNetCore.Http;

namespace Checkout.Sandbox.Payments;

/// <summary>
/// Where the payment simulator may send a visitor after a choice. The sandbox is served by the shop it stands in for,
/// so the shop's return URL has the simulator's own origin; anything else (an order created with someone else's
/// redirect URL) would make the simulator an open redirect on the shop's domain. Loopback names count as one host:
/// on one machine the shop and its payment page may be reached as localhost and 127.0.0.1.
/// </summary>
internal static class ShopReturn
{
    public static bool IsOwnOrigin(string? returnUrl, HttpRequest request)
    {
        if (!Uri.TryCreate(returnUrl, UriKind.Absolute, out var target)
            || !string.Equals(target.Scheme, request.Scheme, StringComparison.OrdinalIgnoreCase)
            || target.Port != (request.Host.Port ?? DefaultPort(request.Scheme)))
        {
            return false;
        }

        var host = request.Host.Host;
        return string.Equals(target.Host, host, StringComparison.OrdinalIgnoreCase) || IsLoopbackName(target.Host) && IsLoopbackName(host);
    }

    private static int DefaultPort(string scheme) => string.Equals(scheme, Uri.UriSchemeHttps, StringComparison.OrdinalIgnoreCase) ? 443 : 80;

    private static bool IsLoopbackName(string host) =>
        host.Equals("localhost", StringComparison.OrdinalIgnoreCase)
        || host.EndsWith(".localhost", StringComparison.OrdinalIgnoreCase)
        || IPAddress.TryParse(host.Trim('[', ']'), out var address) && IPAddress.IsLoopback(address);
}
