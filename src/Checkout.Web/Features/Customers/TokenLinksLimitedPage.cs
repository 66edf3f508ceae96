using System.Globalization;
using System.Net;
using Microsoft.Extensions.Localization;

namespace Checkout.Web.Features.Customers;

/// <summary>
/// The 429 answer to a token link over the per-network limit: a small translated page with Retry-After and a way on
/// without signing in (the same page without the token). Nothing about the token or the visitor is in it.
/// </summary>
internal static class TokenLinksLimitedPage
{
    public static Task WriteAsync(HttpContext context, TimeSpan retryAfter, string continueUrl, IStringLocalizer<CustomersText> text)
    {
        var minutes = Math.Max(1, (int)Math.Ceiling(retryAfter.TotalMinutes));
        context.Response.StatusCode = StatusCodes.Status429TooManyRequests;
        context.Response.Headers.RetryAfter = ((int)Math.Ceiling(retryAfter.TotalSeconds)).ToString(CultureInfo.InvariantCulture);
        context.Response.Headers.CacheControl = "no-store";
        context.Response.ContentType = "text/html; charset=utf-8";
        var title = WebUtility.HtmlEncode(text["TokenLinksLimitedTitle"]);
        return context.Response.WriteAsync(
            $"<!DOCTYPE html><html lang=\"{CultureInfo.CurrentUICulture.TwoLetterISOLanguageName}\"><head><meta charset=\"utf-8\">"
            + $"<meta name=\"viewport\" content=\"width=device-width, initial-scale=1.0\"><meta name=\"robots\" content=\"noindex\"><title>{title}</title></head>"
            + $"<body><main data-testid=\"token-links-limited\"><h1>{title}</h1><p>{WebUtility.HtmlEncode(text["TokenLinksLimited", minutes])}</p>"
            + $"<p><a href=\"{WebUtility.HtmlEncode(continueUrl)}\">{WebUtility.HtmlEncode(text["TokenLinksContinue"])}</a></p></main></body></html>",
            context.RequestAborted);
    }
}
