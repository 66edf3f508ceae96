using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using Checkout.Web.Features.Cart;
using Checkout.Web.Shell.Clients;
using Checkout.Web.Shell.Visitors;
using Microsoft.AspNetCore.WebUtilities;
using Microsoft.Extensions.Caching.Distributed;

namespace Checkout.Web.Shell.Embedding.InAppBrowsers;

/// <summary>
/// One-time links that carry a visitor's cart out of an in-app browser into their own browser. The link holds only a
/// random 256-bit token; the distributed cache maps a hash of it to the visitor whose cart session it carries, for
/// <see cref="Lifetime"/>. Using it moves that session to the visitor of the browser that opens it (under the old
/// visitor's lock, where the token is checked and removed, so a second use finds nothing), and it is rate-limited.
/// </summary>
public sealed partial class CartHandoffs(
    CurrentClient client, CurrentVisitor visitor, IDistributedCache cache, CartSessions sessions, HandoffLimits limits, ILogger<CartHandoffs> logger)
{
    public static readonly TimeSpan Lifetime = TimeSpan.FromMinutes(10);

    private const int TokenBytes = 32;

    /// <summary>A new one-time token for this visitor's cart; null when the visitor made too many just now.</summary>
    public async Task<string?> CreateAsync(CancellationToken cancellationToken)
    {
        var who = ShopVisitor.Of(client, visitor);
        if (!limits.Creates.TryAcquire($"{who.ClientKey}:{who.Id}", who.Address))
        {
            LogLimited("create");
            return null;
        }

        var token = WebEncoders.Base64UrlEncode(RandomNumberGenerator.GetBytes(TokenBytes));
        var entry = JsonSerializer.SerializeToUtf8Bytes(new CartHandoff(who.ClientKey, who.Id));
        await cache.SetAsync(Key(token), entry, new DistributedCacheEntryOptions { AbsoluteExpirationRelativeToNow = Lifetime }, cancellationToken);
        return token;
    }

    /// <summary>Whether the token is a live link of this client (read only: opening the page uses nothing up).</summary>
    public async Task<bool> IsLiveAsync(string? token, CancellationToken cancellationToken) =>
        IsWellFormed(token) && await FindAsync(token!, cancellationToken) is { } handoff && handoff.ClientKey == client.Key;

    /// <summary>Moves the cart the token carries to this browser's visitor, once.</summary>
    public async Task<HandoffOutcome> ContinueAsync(string? token, CancellationToken cancellationToken)
    {
        var who = ShopVisitor.Of(client, visitor);
        if (!limits.Uses.TryAcquire(IsWellFormed(token) ? Key(token!) : "malformed", who.Address))
        {
            LogLimited("use");
            return HandoffOutcome.TooManyRequests;
        }

        if (!IsWellFormed(token) || await FindAsync(token!, cancellationToken) is not { } handoff || handoff.ClientKey != client.Key)
        {
            return HandoffOutcome.Expired;
        }

        var moved = await sessions.TakeOverAsync(handoff.VisitorId, async ct =>
        {
            if (await FindAsync(token!, ct) != handoff)
            {
                return false;
            }

            await cache.RemoveAsync(Key(token!), ct);
            return true;
        }, cancellationToken);
        return moved ? HandoffOutcome.Continued : HandoffOutcome.Expired;
    }

    private async Task<CartHandoff?> FindAsync(string token, CancellationToken cancellationToken)
    {
        var bytes = await cache.GetAsync(Key(token), cancellationToken);
        try
        {
            return bytes is null ? null : JsonSerializer.Deserialize<CartHandoff>(bytes);
        }
        catch (JsonException)
        {
            return null;
        }
    }

    private static bool IsWellFormed(string? token) =>
        token is { Length: 43 } && token.All(c => char.IsAsciiLetterOrDigit(c) || c is '-' or '_');

    // A cache dump shows no usable link: the entry is keyed by the token's hash.
    private static string Key(string token) => $"checkout:handoff:{Convert.ToHexStringLower(SHA256.HashData(Encoding.ASCII.GetBytes(token)))}";

    [LoggerMessage(Level = LogLevel.Warning, Message = "One-time cart link {Action} rate-limited")]
    private partial void LogLimited(string action);
}
