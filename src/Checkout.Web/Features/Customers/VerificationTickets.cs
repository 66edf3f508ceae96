using System.Security.Cryptography;
using System.Text.Json;
using System.Text;
using Checkout.Web.Shell.Security;
using Checkout.Web.Shell.Visitors;
using Microsoft.AspNetCore.WebUtilities;
using Microsoft.Extensions.Caching.Distributed;

namespace Checkout.Web.Features.Customers;

/// <summary>
/// How a verification made inside a Blazor circuit reaches the visitor cookie, which only an HTTP response can set:
/// the circuit stores the proven identity under a one-time ticket and sends its own browser (the ticket travels only
/// through that circuit) to a page URL carrying it; that request redeems the ticket, gets a new visitor id and the
/// identity. Until then the old visitor id is not verified at all, so a cookie someone planted before never is.
/// </summary>
public sealed class VerificationTickets(IDistributedCache cache, ISharedCounters counters)
{
    /// <summary>The query parameter of the page request that redeems a ticket.</summary>
    public const string QueryParameter = "verified";

    /// <summary>The browser follows the ticket at once; a ticket older than this was never followed.</summary>
    public static readonly TimeSpan Lifetime = TimeSpan.FromMinutes(2);

    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    public async Task<string> IssueAsync(ShopVisitor visitor, VerifiedIdentity identity, CancellationToken cancellationToken)
    {
        var ticket = WebEncoders.Base64UrlEncode(RandomNumberGenerator.GetBytes(32));
        await cache.SetAsync(Key(visitor.ClientKey, ticket), JsonSerializer.SerializeToUtf8Bytes(new Ticket(visitor.Id, identity), Json),
            new DistributedCacheEntryOptions { AbsoluteExpirationRelativeToNow = Lifetime }, cancellationToken);
        return ticket;
    }

    /// <summary>The identity the ticket carries: once, and only for the visitor (cookie) that verified.</summary>
    public async Task<VerifiedIdentity?> RedeemAsync(ShopVisitor visitor, string? ticket, CancellationToken cancellationToken)
    {
        if (string.IsNullOrEmpty(ticket) || ticket.Length > 64)
        {
            return null;
        }

        var key = Key(visitor.ClientKey, ticket);
        var bytes = await cache.GetAsync(key, cancellationToken);
        if (bytes is null || JsonSerializer.Deserialize<Ticket>(bytes, Json) is not { } found || found.VisitorId != visitor.Id
            || (await counters.HitAsync(key + ":used", Lifetime, cancellationToken)).Count > 1)
        {
            return null;
        }

        await cache.RemoveAsync(key, cancellationToken);
        return found.Identity;
    }

    private static string Key(string clientKey, string ticket) =>
        $"checkout:{clientKey}:verification-ticket:{Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(ticket)))}";

    private sealed record Ticket(string VisitorId, VerifiedIdentity Identity);
}
