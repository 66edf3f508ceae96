using System.Security.Cryptography;
using Checkout.Web.Shell.Caching;
using Checkout.Web.Shell.Clients;
using Checkout.Web.Shell.Embedding;
using Microsoft.AspNetCore.Components.Endpoints;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.AspNetCore.WebUtilities;

namespace Checkout.Web.Shell.Visitors;

/// <summary>
/// Gives every visitor of a shop page a random id in an HttpOnly, data-protected cookie (one per client, scoped to
/// the client's path prefix; Secure and <c>__Host-</c>/<c>__Secure-</c> named by <see cref="ShopCookies"/>). Only page
/// requests are touched: static files, the sandbox and health checks carry no cookie. A forged or foreign cookie fails
/// to unprotect and is simply replaced. In a venue's iframe the cookie is partitioned (<see cref="FramedCookies"/>),
/// so the cart survives blocked third-party cookies. A cached page's GET (<see cref="CachedPages"/>) neither reads nor
/// issues the cookie: every visitor gets the same bytes there, and a cart starts with the add-to-cart post.
/// </summary>
internal sealed class VisitorMiddleware(RequestDelegate next, IDataProtectionProvider protection)
{
    internal const string Purpose = "Checkout.Visitor.v1";
    private static readonly TimeSpan Lifetime = TimeSpan.FromDays(30);

    private readonly IDataProtector protector = Protector(protection);

    public Task InvokeAsync(HttpContext context, CurrentClient client)
    {
        if (context.GetEndpoint()?.Metadata.GetMetadata<ComponentTypeMetadata>() is null || !client.IsResolved
            || CachedPages.Applies(context))
        {
            return next(context);
        }

        var visitorId = Read(protector, context.Request.Cookies[CookieNameIn(context.Request, client.Key)], client.Key);
        if (visitorId is null)
        {
            visitorId = NewId();
            IssueCookie(context, protector, client.Key, visitorId);
        }

        context.Items[CurrentVisitor.HttpContextItem] = visitorId;
        return next(context);
    }

    /// <summary>The cookie's name before <see cref="ShopCookies.Name"/> adds the prefix its request earns.</summary>
    internal static string CookieName(string clientKey) => $"checkout.visitor.{clientKey}";

    internal static string NewId() => WebEncoders.Base64UrlEncode(RandomNumberGenerator.GetBytes(18));

    internal static IDataProtector Protector(IDataProtectionProvider protection) => protection.CreateProtector(Purpose);

    /// <summary>The cookie's name in this request, with the prefix <see cref="ShopCookies.Name"/> gives it.</summary>
    internal static string CookieNameIn(HttpRequest request, string clientKey) => ShopCookies.Name(CookieName(clientKey), request);

    /// <summary>The one place the visitor cookie is written: a new visitor here, a new id after verification (<see cref="VisitorRotation"/>).</summary>
    internal static void IssueCookie(HttpContext context, IDataProtector protector, string clientKey, string visitorId) =>
        context.Response.Cookies.Append(CookieNameIn(context.Request, clientKey), protector.Protect($"{clientKey}:{visitorId}"), ShopCookies.Apply(new CookieOptions
        {
            HttpOnly = true,
            IsEssential = true,
            SameSite = SameSiteMode.Lax,
            MaxAge = Lifetime,
        }, context.Request));

    /// <summary>The visitor id in a client's cookie; null when absent, forged or another client's.</summary>
    internal static string? Read(IDataProtector protector, string? cookie, string clientKey)
    {
        if (string.IsNullOrEmpty(cookie))
        {
            return null;
        }

        try
        {
            var value = protector.Unprotect(cookie);
            var prefix = clientKey + ":";
            return value.StartsWith(prefix, StringComparison.Ordinal) && value.Length > prefix.Length ? value[prefix.Length..] : null;
        }
        catch (System.Security.Cryptography.CryptographicException)
        {
            return null;
        }
    }
}
