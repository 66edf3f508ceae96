using System.Globalization;
using Checkout.Web.Shell.Clients;
using Checkout.Web.Shell.Embedding;
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
                new CookieRequestCultureProvider(),
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
                // Partitioned inside a venue's frame: embed.js opens the shop in the venue page's language.
                context.Response.Cookies.Append(
                    CookieRequestCultureProvider.DefaultCookieName,
                    CookieRequestCultureProvider.MakeCookieValue(chosen.RequestCulture),
                    FramedCookies.ForRequest(new CookieOptions
                    {
                        MaxAge = TimeSpan.FromDays(365), IsEssential = true, HttpOnly = true,
                        SameSite = SameSiteMode.Lax, Secure = context.Request.IsHttps,
                        Path = context.Request.PathBase.HasValue ? context.Request.PathBase.Value : "/",
                    }, context.Request));
            }

            return next(context);
        });
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
