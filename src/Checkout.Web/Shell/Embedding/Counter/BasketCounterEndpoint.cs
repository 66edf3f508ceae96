using Checkout.Web.Features.Cart;
using Checkout.Web.Shell.Clients;
using Checkout.Web.Shell.Embedding.Analytics;
using Checkout.Web.Shell.Visitors;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.Extensions.Localization;

namespace Checkout.Web.Shell.Embedding.Counter;

/// <summary>
/// <c>/embed/counter</c>: the frame embed.js loads, hidden, on every venue page (and again after each change in the
/// shop), so the basket counter is right from the first paint. Loaded as a frame it carries the visitor's partitioned
/// cookie, so it works with third-party cookies blocked. It reads the cart session as the last shop page left it (VdM
/// asks not to poll carts), never issues a visitor cookie, and only framed it hands over the waiting analytics events.
/// Its frame-ancestors are the client's venue origins like every shop page's.
/// </summary>
internal static class BasketCounterEndpoint
{
    public const string Path = "/embed/counter";

    public static async Task<IResult> RespondAsync(
        HttpContext context,
        CurrentClient client,
        CurrentVisitor visitor,
        IDataProtectionProvider protection,
        CartService carts,
        VenueDeliveries deliveries,
        TimeProvider time,
        IStringLocalizer<EmbeddingText> text)
    {
        var cancellationToken = context.RequestAborted;
        var cookie = context.Request.Cookies[VisitorMiddleware.CookieNameIn(context.Request, client.Key)];
        var visitorId = VisitorMiddleware.Read(protection.CreateProtector(VisitorMiddleware.Purpose), cookie, client.Key);
        var count = 0;
        IReadOnlyList<VenueEvent> events = [];
        if (visitorId is not null)
        {
            visitor.Set(visitorId);
            count = BasketCount.Of(await carts.GetAsync(cancellationToken), time.GetUtcNow());
            if (FramedCookies.IsFramed(context.Request))
            {
                events = await deliveries.TakeAsync(cancellationToken);
            }
        }

        context.Response.Headers.CacheControl = "no-store";
        var page = BasketCounterPage.Html(count, events, client.Settings.Embedding.Origins(), text["CounterTitle"], context.Request.PathBase);
        return Results.Content(page, "text/html; charset=utf-8");
    }
}
