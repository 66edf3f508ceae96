using Microsoft.AspNetCore.Antiforgery;

namespace Checkout.Web.Shell.Embedding;

/// <summary>The antiforgery cookie builder: unchanged at top level, partitioned when the request is framed.</summary>
internal sealed class FramedAwareCookieBuilder : CookieBuilder
{
    public FramedAwareCookieBuilder(CookieBuilder original)
    {
        Name = original.Name;
        Path = original.Path;
        Domain = original.Domain;
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

    public override CookieOptions Build(HttpContext context, DateTimeOffset expiresFrom) =>
        FramedCookies.ForRequest(base.Build(context, expiresFrom), context.Request);

    /// <summary>Replaces the antiforgery cookie builder after the framework named it (PostConfigure).</summary>
    internal static void Apply(AntiforgeryOptions options)
    {
        if (options.Cookie is not FramedAwareCookieBuilder)
        {
            options.Cookie = new FramedAwareCookieBuilder(options.Cookie);
        }
    }
}
