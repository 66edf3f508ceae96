using System.Security.Cryptography;
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
/// so the cart survives blocked third-party cookies.
/// </summary>
internal sealed class VisitorMiddleware(RequestDelegate next, IDataProtectionProvider protection)
{
    private const string Purpose = "Checkout.Visitor.v1";
    private static readonly TimeSpan Lifetime = TimeSpan.FromDays(30);

    private readonly IDataProtector protector = protection.CreateProtector(Purpose);

    public Task InvokeAsync(HttpContext context, CurrentClient client)
    {
        if (context.GetEndpoint()?.Metadata.GetMetadata<ComponentTypeMetadata>() is null || !client.IsResolved)
        {
            return next(context);
        }

        var cookieName = ShopCookies.Name(CookieName(client.Key), context.Request);
        var visitorId = Read(context.Request.Cookies[cookieName], client.Key);
        if (visitorId is null)
        {
            visitorId = WebEncoders.Base64UrlEncode(RandomNumberGenerator.GetBytes(18));
            context.Response.Cookies.Append(cookieName, protector.Protect($"{client.Key}:{visitorId}"), ShopCookies.Apply(new CookieOptions
            {
                HttpOnly = true,
                IsEssential = true,
                SameSite = SameSiteMode.Lax,
                MaxAge = Lifetime,
            }, context.Request));
        }

        context.Items[CurrentVisitor.HttpContextItem] = visitorId;
        return next(context);
    }

    /// <summary>The cookie's name before <see cref="ShopCookies.Name"/> adds the prefix its request earns.</summary>
    internal static string CookieName(string clientKey) => $"checkout.visitor.{clientKey}";

    private string? Read(string? cookie, string clientKey)
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
