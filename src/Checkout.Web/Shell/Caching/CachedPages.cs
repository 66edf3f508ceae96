using System.Globalization;
using Microsoft.AspNetCore.OutputCaching;

namespace Checkout.Web.Shell.Caching;

/// <summary>
/// The one rule for "this request gets the cached page": a GET or HEAD of a <see cref="CachedPageAttribute"/> page whose
/// query holds only the parameters the page reads (and the language choice). The output cache, the visitor cookie, the
/// CSP and the page itself all ask this, so none of them can disagree about which responses are shared.
/// </summary>
public static class CachedPages
{
    internal const string PolicyName = "CachedPage";

    /// <summary>The language switch's parameter: the page reads it through the request culture.</summary>
    private const string CultureKey = "culture";

    public static bool Applies(HttpContext? context)
    {
        if (context is null || !(HttpMethods.IsGet(context.Request.Method) || HttpMethods.IsHead(context.Request.Method))
            || context.GetEndpoint()?.Metadata.GetMetadata<CachedPageAttribute>() is not { } page)
        {
            return false;
        }

        foreach (var key in context.Request.Query.Keys)
        {
            if (!string.Equals(key, CultureKey, StringComparison.OrdinalIgnoreCase)
                && !page.QueryKeys.Contains(key, StringComparer.OrdinalIgnoreCase))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>
    /// This response came from the output cache rather than a render: the cache is the only part of the shop that sets
    /// <c>Age</c>. Known once the response has started.
    /// </summary>
    public static bool ServedFromCache(HttpContext context) => context.Response.Headers.Age.Count > 0 && Applies(context);

    /// <summary>
    /// Keeps this response out of the cache: a page that shows a failure (VdM unreachable) answers 200 with a retry,
    /// and the retry must render again, not meet the same failure from the cache.
    /// </summary>
    public static void DoNotStore(HttpContext? context)
    {
        if (context?.Features.Get<IOutputCacheFeature>() is { } feature)
        {
            feature.Context.AllowCacheStorage = false;
        }
    }

    /// <summary>The tag of a client's cached pages, for evicting them together.</summary>
    public static string Tag(string clientKey) => $"pages:{clientKey}";

    internal static string Culture => CultureInfo.CurrentUICulture.Name;
}
