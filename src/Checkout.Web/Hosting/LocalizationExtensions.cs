using System.Globalization;
using Checkout.Web.Shell.Clients;
using Checkout.Web.Shell.Visitors;
using Microsoft.AspNetCore.Localization;

namespace Checkout.Web.Hosting;

internal static class LocalizationExtensions
{
    public static readonly string[] SupportedCultures = ["nl", "en"];

    public static IServiceCollection AddCheckoutLocalization(this IServiceCollection services)
    {
        services.AddLocalization(o => o.ResourcesPath = "Resources");
        services.Configure<RequestLocalizationOptions>(o =>
        {
            o.SetDefaultCulture("nl").AddSupportedCultures(SupportedCultures).AddSupportedUICultures(SupportedCultures);
            o.FallBackToParentCultures = true;
            o.FallBackToParentUICultures = true;
            // ?culture= first, then the remembered choice, then the browser, then the client's own language.
            o.RequestCultureProviders =
            [
                new QueryStringRequestCultureProvider { QueryStringKey = "culture", UIQueryStringKey = "culture" },
                new CultureCookieProvider(),
                new AcceptLanguageHeaderRequestCultureProvider(),
                new ClientDefaultCultureProvider(),
            ];
        });
        return services;
    }

    public static IApplicationBuilder UseCheckoutLocalization(this IApplicationBuilder app)
    {
        app.UseRequestLocalization();
        // Remember an explicit ?culture= choice so the next pages keep the visitor's language.
        return app.Use((context, next) =>
        {
            var chosen = context.Features.Get<IRequestCultureFeature>();
            if (chosen?.Provider is QueryStringRequestCultureProvider)
            {
                // The shop's cookie rules; partitioned inside a venue's frame: embed.js opens the shop in the venue
                // page's language.
                context.Response.Cookies.Append(
                    ShopCookies.Name(CookieRequestCultureProvider.DefaultCookieName, context.Request),
                    CookieRequestCultureProvider.MakeCookieValue(chosen.RequestCulture),
                    ShopCookies.Apply(new CookieOptions
                    {
                        MaxAge = TimeSpan.FromDays(365), IsEssential = true, HttpOnly = true, SameSite = SameSiteMode.Lax,
                    }, context.Request));
            }

            return next(context);
        });
    }

    /// <summary>The remembered choice, under the name <see cref="ShopCookies"/> gives the cookie in this request.</summary>
    private sealed class CultureCookieProvider : RequestCultureProvider
    {
        public override Task<ProviderCultureResult?> DetermineProviderCultureResult(HttpContext httpContext)
        {
            var cookie = httpContext.Request.Cookies[ShopCookies.Name(CookieRequestCultureProvider.DefaultCookieName, httpContext.Request)];
            return Task.FromResult(string.IsNullOrEmpty(cookie) ? null : CookieRequestCultureProvider.ParseCookieValue(cookie));
        }
    }

    private sealed class ClientDefaultCultureProvider : RequestCultureProvider
    {
        public override Task<ProviderCultureResult?> DetermineProviderCultureResult(HttpContext httpContext)
        {
            var client = httpContext.RequestServices.GetRequiredService<CurrentClient>();
            var culture = client.IsResolved ? client.Settings.DefaultCulture : CultureInfo.InvariantCulture.Name;
            return Task.FromResult<ProviderCultureResult?>(culture.Length == 0 ? null : new ProviderCultureResult(culture));
        }
    }
}
