using System.ComponentModel.DataAnnotations;

namespace Checkout.Web.Shell.Security;

/// <summary>
/// Rate limits against abuse (<c>Security:RateLimits</c>). Every limit is per minute in a fixed window. "Per address"
/// counts the remote IP as Kestrel sees it, or as a trusted proxy forwarded it (<see cref="ForwardedHeadersSettings"/>); "per visitor" counts
/// the protected visitor id, which a bot can shed by dropping cookies — hence both.
/// </summary>
public sealed class AbuseLimits
{
    public const string Section = "Security:RateLimits";

    /// <summary>Add-to-cart form posts (and any other form post) per address (ASP.NET Core rate limiter).</summary>
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

    /// <summary>The window the limits count in (tests shorten it).</summary>
    [Range(1, 3600)]
    public int WindowSeconds { get; set; } = 60;
}
