using Serilog.Core;
using Serilog.Events;

namespace Checkout.Web.Hosting.Observability;

/// <summary>
/// ASP.NET Core puts the request's path into the logging scope of every line written during a request
/// (<c>RequestPath=/order/&lt;order key&gt;</c>); this replaces it with the route template, or
/// <see cref="RouteTemplates.Unmatched"/> before routing.
/// </summary>
internal sealed class RequestPathEnricher(IHttpContextAccessor accessor) : ILogEventEnricher
{
    public const string Property = "RequestPath";

    public void Enrich(LogEvent logEvent, ILogEventPropertyFactory propertyFactory)
    {
        if (logEvent.Properties.ContainsKey(Property))
        {
            var template = accessor.HttpContext is { } context ? RouteTemplates.OfEndpoint(context) : RouteTemplates.Unmatched;
            logEvent.AddOrUpdateProperty(new LogEventProperty(Property, new ScalarValue(template)));
        }
    }
}
