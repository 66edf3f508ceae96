using Checkout.Web.Shell.Clients;
using Microsoft.AspNetCore.OutputCaching;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Primitives;

namespace Checkout.Web.Shell.Caching;

/// <summary>
/// The output-cache policy of <see cref="CachedPageAttribute"/> pages: varied by client, culture, query (the page's own
/// parameters, <see cref="CachedPages.Applies"/>), host and path (the cache key's own parts) and whether Blazor's
/// enhanced navigation asked; tagged per client. Only a plain 200 without Set-Cookie is stored: never an error, a
/// redirect, a POST's answer or a response that gives the visitor something of their own.
/// </summary>
internal sealed class CachedPagePolicy(IOptions<PageCacheOptions> options) : IOutputCachePolicy
{
    private const string EnhancedNavigation = "blazor-enhanced-nav";

    ValueTask IOutputCachePolicy.CacheRequestAsync(OutputCacheContext context, CancellationToken cancellation)
    {
        var http = context.HttpContext;
        var applies = CachedPages.Applies(http) && StringValues.IsNullOrEmpty(http.Request.Headers.Authorization)
            && http.Items[CurrentClient.HttpContextItem] is string;
        context.EnableOutputCaching = applies;
        context.AllowCacheLookup = applies;
        context.AllowCacheStorage = applies;
        context.AllowLocking = true;
        if (!applies)
        {
            return ValueTask.CompletedTask;
        }

        var clientKey = (string)http.Items[CurrentClient.HttpContextItem]!;
        context.CacheVaryByRules.QueryKeys = "*";
        context.CacheVaryByRules.VaryByValues["client"] = clientKey;
        context.CacheVaryByRules.VaryByValues["culture"] = CachedPages.Culture;
        context.CacheVaryByRules.VaryByValues["enhanced"] =
            http.Request.Headers.Accept.ToString().Contains(EnhancedNavigation, StringComparison.Ordinal) ? "1" : "0";
        context.Tags.Add(CachedPages.Tag(clientKey));
        context.ResponseExpirationTimeSpan = options.Value.Duration;
        return ValueTask.CompletedTask;
    }

    ValueTask IOutputCachePolicy.ServeFromCacheAsync(OutputCacheContext context, CancellationToken cancellation) => ValueTask.CompletedTask;

    ValueTask IOutputCachePolicy.ServeResponseAsync(OutputCacheContext context, CancellationToken cancellation)
    {
        var response = context.HttpContext.Response;
        if (response.StatusCode != StatusCodes.Status200OK || !StringValues.IsNullOrEmpty(response.Headers.SetCookie)
            || response.Headers.CacheControl.ToString().Contains("no-store", StringComparison.OrdinalIgnoreCase))
        {
            context.AllowCacheStorage = false;
        }

        return ValueTask.CompletedTask;
    }
}
