using Microsoft.AspNetCore.Antiforgery;

namespace Checkout.Web.Shell.Visitors;

/// <summary>
/// The antiforgery cookie under the rules of <see cref="ShopCookies"/>: Secure, named <c>__Host-…</c> (or
/// <c>__Secure-…</c> under a client's path prefix), partitioned when framed. The framework reads the name from its
/// options for every request, so the name follows the request through <see cref="IHttpContextAccessor"/>.
/// A name no other host can set matters here: a visitor's antiforgery cookie planted from a sibling subdomain would
/// let that subdomain forge the visitor's posts.
/// </summary>
internal sealed class AntiforgeryCookieBuilder : CookieBuilder
{
    private readonly IHttpContextAccessor accessor;
    private string baseName;

    public AntiforgeryCookieBuilder(CookieBuilder original, IHttpContextAccessor accessor)
    {
        this.accessor = accessor;
        baseName = original.Name ?? throw new InvalidOperationException("The antiforgery cookie has no name yet.");
        HttpOnly = original.HttpOnly;
        IsEssential = original.IsEssential;
        SameSite = original.SameSite;
        SecurePolicy = original.SecurePolicy;
        Expiration = original.Expiration;
        MaxAge = original.MaxAge;
        foreach (var extension in original.Extensions)
        {
            Extensions.Add(extension);
        }
    }

    public override string? Name
    {
        get => accessor.HttpContext is { } context ? ShopCookies.Name(baseName, context.Request) : baseName;
        set => baseName = value ?? throw new ArgumentNullException(nameof(value));
    }

    public override CookieOptions Build(HttpContext context, DateTimeOffset expiresFrom) =>
        ShopCookies.Apply(base.Build(context, expiresFrom), context.Request);

    /// <summary>Replaces the antiforgery cookie builder after the framework named it (PostConfigure).</summary>
    internal static void Apply(AntiforgeryOptions options, IHttpContextAccessor accessor)
    {
        if (options.Cookie is not AntiforgeryCookieBuilder)
        {
            options.Cookie = new AntiforgeryCookieBuilder(options.Cookie, accessor);
        }
    }
}
