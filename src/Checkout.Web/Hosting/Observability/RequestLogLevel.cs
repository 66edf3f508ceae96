using Checkout.Web.Shell.Caching;
using Serilog.Events;

namespace Checkout.Web.Hosting.Observability;

/// <summary>
/// The level of a request's log line. A page answered from the output cache is logged at Debug: on an on-sale it is
/// most of the traffic, and writing its line (the console sink serializes every write) was the largest cost of a cache
/// hit in a profile under load. Such hits stay visible in the request metrics and the proxy's access log, and
/// <c>Serilog:MinimumLevel:Override:Serilog.AspNetCore.RequestLoggingMiddleware=Debug</c> brings their lines back.
/// </summary>
internal static class RequestLogLevel
{
    public static LogEventLevel Of(HttpContext context, Exception? exception) =>
        exception is not null || context.Response.StatusCode >= StatusCodes.Status500InternalServerError ? LogEventLevel.Error
        : CachedPages.ServedFromCache(context) ? LogEventLevel.Debug
        : LogEventLevel.Information;
}
