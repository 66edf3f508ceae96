using System.Net;
using Microsoft.AspNetCore.Http;

namespace Checkout.Sandbox.Payments;

/// <summary>
/// Where the payment simulator may send a visitor after a choice. The sandbox is served by the shop it stands in for,
/// so the shop's return URL has the simulator's own origin; anything else (an order created with someone else's
/// redirect URL) would make the simulator an open redirect on the shop's domain. On one machine the shop and its
/// payment page may be reached under different loopback names and ports (localhost and 127.0.0.1, a load balancer in
/// front of two instances, one of which serves the sandbox), so loopback URLs count as the shop's whatever their port:
/// they lead back to the visitor's own machine, never to someone else's site.
/// </summary>
internal static class ShopReturn
{
    public static bool IsOwnOrigin(string? returnUrl, HttpRequest request)
    {
        if (!Uri.TryCreate(returnUrl, UriKind.Absolute, out var target)
            || !string.Equals(target.Scheme, request.Scheme, StringComparison.OrdinalIgnoreCase))
        {
            return false;
        }

        var host = request.Host.Host;
        if (IsLoopbackName(target.Host) && IsLoopbackName(host))
        {
            return true;
        }

        return string.Equals(target.Host, host, StringComparison.OrdinalIgnoreCase)
            && target.Port == (request.Host.Port ?? DefaultPort(request.Scheme));
    }

    private static int DefaultPort(string scheme) => string.Equals(scheme, Uri.UriSchemeHttps, StringComparison.OrdinalIgnoreCase) ? 443 : 80;

    private static bool IsLoopbackName(string host) =>
        host.Equals("localhost", StringComparison.OrdinalIgnoreCase)
        || host.EndsWith(".localhost", StringComparison.OrdinalIgnoreCase)
        || IPAddress.TryParse(host.Trim('[', ']'), out var address) && IPAddress.IsLoopback(address);
}
