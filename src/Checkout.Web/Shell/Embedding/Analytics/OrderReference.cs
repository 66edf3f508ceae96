using System.Security.Cryptography;
using System.Text;

namespace Checkout.Web.Shell.Embedding.Analytics;

/// <summary>
/// The order in a purchase event. VdM's public API has no order number, and the order key opens the tickets and the
/// status page, so it never leaves the shop: the venue gets the first 64 bits of a SHA-256 of client and key, the same
/// for every report of the order (analytics tools deduplicate on it) and useless for finding the order.
/// </summary>
public static class OrderReference
{
    public static string For(string clientKey, string orderKey) =>
        Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes($"checkout-venue-order\n{clientKey}\n{orderKey}")))[..16];
}
