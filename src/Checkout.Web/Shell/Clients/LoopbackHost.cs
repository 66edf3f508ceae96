using System.Net;

namespace Checkout.Web.Shell.Clients;

/// <summary>Host names that always mean this machine: <c>localhost</c>, <c>*.localhost</c>, 127.0.0.0/8 and <c>[::1]</c>.</summary>
public static class LoopbackHost
{
    public static bool Is(string host) =>
        host.Equals("localhost", StringComparison.OrdinalIgnoreCase)
        || host.EndsWith(".localhost", StringComparison.OrdinalIgnoreCase)
        || IPAddress.TryParse(host.Trim('[', ']'), out var address) && IPAddress.IsLoopback(address);
}
