using System.ComponentModel.DataAnnotations;

namespace Checkout.Web.Shell.Security;

/// <summary>
/// Rate limits against abuse (<c>Security:RateLimits</c>). Every limit is per minute in a fixed window, shared by all
/// instances (<see cref="ISharedCounters"/>). "Per address" counts the remote IP as Kestrel sees it, or as a trusted
/// proxy forwarded it (<see cref="ForwardedHeadersSettings"/>), IPv6 per /64 (<see cref="AddressGroup"/>); "per visitor"
/// counts the protected visitor id, which a bot can shed by dropping cookies — hence both.
/// </summary>
public sealed class AbuseLimits
{
    public const string Section = "Security:RateLimits";

    /// <summary>Add-to-cart form posts (and any other page form post) per address.</summary>
    [Range(1, 10_000)]
    public int FormPostsPerAddress { get; set; } = 30;

    /// <summary>New VdM carts (first add, renewal, re-reserve) per visitor.</summary>
    [Range(1, 10_000)]
    public int CartCreatesPerVisitor { get; set; } = 20;

    /// <summary>New VdM carts per address.</summary>
    [Range(1, 10_000)]
    public int CartCreatesPerAddress { get; set; } = 60;

    /// <summary>VdM order creations per visitor.</summary>
    [Range(1, 10_000)]
    public int OrdersPerVisitor { get; set; } = 5;

    /// <summary>VdM order creations per address.</summary>
    [Range(1, 10_000)]
    public int OrdersPerAddress { get; set; } = 30;

    /// <summary>
    /// Order status lookups per address: loads of the status page (each asks VdM about the key in its URL) and keys
    /// opened or checked again in a live circuit.
    /// </summary>
    [Range(1, 10_000)]
    public int StatusLookupsPerAddress { get; set; } = 30;

    /// <summary>The window the limits count in (tests shorten it).</summary>
    [Range(1, 3600)]
    public int WindowSeconds { get; set; } = 60;
}
