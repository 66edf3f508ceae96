using System.Globalization;
using System.Net;
using AngleSharp.Dom;
using Checkout.IntegrationTests.Infrastructure;
using Checkout.IntegrationTests.Security;
using Checkout.Sandbox;
using Checkout.Web.Shell.Clients;
using Checkout.Web.Shell.Visitors;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.Extensions.DependencyInjection;

namespace Checkout.IntegrationTests.Embedding;

/// <summary>
/// A <see cref="ShopBrowser"/> for the venue-page tests: adds tickets (as the frame's form post when asked), reads the
/// basket counter frame, and knows its visitor id as the server keys its state.
/// </summary>
public sealed class VenueShopper(CheckoutWebFactory app) : IDisposable
{
    public static readonly string EventPage = $"/event/{SandboxDemoIds.MultiPerformanceFirst}";

    public ShopBrowser Browser { get; } = new(app);

    public ShopVisitor Visitor => new(ClientKeys.Default, VisitorId, null);

    public string VisitorId
    {
        get
        {
            var cookie = Browser.Cookies.GetCookies(Browser.Http.BaseAddress!)["checkout.visitor.default"]
                ?? throw new InvalidOperationException("No visitor cookie yet.");
            return VisitorIdOf(app, cookie.Value) ?? throw new InvalidOperationException("The visitor cookie does not unprotect.");
        }
    }

    /// <summary>The visitor id in a visitor cookie's value, as the app reads it.</summary>
    public static string? VisitorIdOf(CheckoutWebFactory app, string cookieValue) =>
        Web.Shell.Visitors.VisitorMiddleware.Read(
            app.Services.GetRequiredService<IDataProtectionProvider>().CreateProtector(Web.Shell.Visitors.VisitorMiddleware.Purpose), cookieValue, ClientKeys.Default);

    /// <summary>Adds tickets of the first type on the event page; framed = the post comes from the venue page's frame.</summary>
    public async Task<IDocument> AddAsync(int quantity, bool framed)
    {
        // The event page is cached and issues no cookie; the post does, and framed as a partitioned Secure cookie, which
        // a browser keeps on loopback http but .NET's cookie jar never sends back over http. So this visitor starts at
        // the cart page, top level, and the framed post then uses that cookie.
        if (Browser.Cookies.GetCookies(Browser.Http.BaseAddress!)["checkout.visitor.default"] is null)
        {
            await Browser.GetAsync("/cart");
        }

        var page = await Browser.FormPageAsync(EventPage);
        var fields = page.QuerySelector("form[method=post]")!.QuerySelectorAll("input[name]")
            .Select(i => new KeyValuePair<string, string>(i.GetAttribute("name")!, i.GetAttribute("value") ?? ""))
            .ToList();
        ShopBrowser.FirstQuantity(quantity.ToString(CultureInfo.InvariantCulture))(fields);
        using var request = new HttpRequestMessage(HttpMethod.Post, EventPage) { Content = new FormUrlEncodedContent(fields) };
        if (framed)
        {
            request.Headers.Add("Sec-Fetch-Dest", "iframe");
        }

        var (response, _) = await Browser.SendAsync(request);
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        return page;
    }

    /// <summary>The basket counter frame as embed.js loads it (framed), or opened top-level.</summary>
    public async Task<(HttpResponseMessage Response, IDocument Page)> CounterAsync(bool framed = true, string path = "/embed/counter")
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, path);
        if (framed)
        {
            request.Headers.Add("Sec-Fetch-Dest", "iframe");
        }

        var (response, body) = await Browser.SendAsync(request);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return (response, ShopBrowser.Parse(body));
    }

    public static int CountOf(IDocument counter) =>
        int.Parse(counter.QuerySelector("[data-checkout-basket-count]")!.GetAttribute("data-checkout-basket-count")!, CultureInfo.InvariantCulture);

    public static IReadOnlyList<string> EventsOf(IDocument counter) =>
        [.. counter.QuerySelectorAll("[data-checkout-venue-event]").Select(e => e.GetAttribute("data-checkout-venue-event")!)];

    public void Dispose() => Browser.Dispose();
}
