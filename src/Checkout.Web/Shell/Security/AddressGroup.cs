using System.Net;
using System.Net.Sockets;

namespace Checkout.Web.Shell.Security;

/// <summary>
/// The unit every per-address limit counts in. An IPv4 address counts as itself; an IPv6 address by its /64 network,
/// because a home, a phone or a server gets a whole /64 and may pick any address in it (privacy extensions do so all
/// the time): counted per /128, one visitor would have 2^64 budgets. An IPv4-mapped IPv6 address (::ffff:a.b.c.d, how
/// a dual-stack socket shows an IPv4 client) counts as the IPv4 address.
/// </summary>
public static class AddressGroup
{
    /// <summary>Where the address is not known: all such requests share one budget.</summary>
    public const string Unknown = "unknown";

    private const int Ipv6NetworkBytes = 8;

    public static string Of(string? address) => IPAddress.TryParse(address, out var parsed) ? Of(parsed) : Unknown;

    public static string Of(IPAddress? address)
    {
        if (address is null)
        {
            return Unknown;
        }

        if (address.IsIPv4MappedToIPv6)
        {
            return address.MapToIPv4().ToString();
        }

        if (address.AddressFamily != AddressFamily.InterNetworkV6)
        {
            return address.ToString();
        }

        var bytes = address.GetAddressBytes();
        bytes.AsSpan(Ipv6NetworkBytes).Clear();
        return $"{new IPAddress(bytes)}/64";
    }
}
