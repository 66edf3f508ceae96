using System.Diagnostics;
using System.Globalization;
using System.Net;
using AngleSharp.Dom;
using AngleSharp.Html.Parser;

namespace Checkout.Bench;

/// <summary>
/// One visitor without JavaScript: its own cookie jar, static pages and the event page's order form posted as a
/// browser posts it (antiforgery token and all rendered fields). Its cookies can be handed to a browser context or
/// to Lighthouse, so the browser continues the same visitor's cart.
/// </summary>
internal sealed class ShopVisitor : IDisposable
{
    private static readonly HtmlParser Parser = new();

    private readonly Uri baseAddress;
    private readonly CookieContainer cookies = new();
    private readonly HttpClient http;

    /// <param name="baseAddress">The app.</param>
    /// <param name="forwardedFor">
    /// The address this visitor claims through X-Forwarded-For (the app must trust 127.0.0.1 as its proxy); null = the
    /// loopback address itself.
    /// </param>
    public ShopVisitor(Uri baseAddress, string? forwardedFor = null)
    {
        this.baseAddress = baseAddress;
        ForwardedFor = forwardedFor;
        http = new HttpClient(new SocketsHttpHandler { AllowAutoRedirect = false, CookieContainer = cookies })
        {
            BaseAddress = baseAddress,
            Timeout = TimeSpan.FromSeconds(60),
        };
        // A browser names the page's origin on every form post, and the shop accepts the add-to-cart post only from its
        // own origin; sent on every request here, where it changes nothing else.
        http.DefaultRequestHeaders.Add("Origin", baseAddress.GetLeftPart(UriPartial.Authority));
        if (forwardedFor is not null)
        {
            http.DefaultRequestHeaders.Add("X-Forwarded-For", forwardedFor);
        }
    }

    public string? ForwardedFor { get; }

    public IEnumerable<Cookie> Cookies => cookies.GetAllCookies();

    public string CookieHeader => cookies.GetCookieHeader(baseAddress);

    /// <summary>GET of a page that must answer 200; the time is request sent → whole body received.</summary>
    public async Task<(IDocument Page, TimeSpan Elapsed)> GetAsync(string path)
    {
        var clock = Stopwatch.StartNew();
        using var response = await http.GetAsync(new Uri(path, UriKind.Relative));
        var html = await response.Content.ReadAsStringAsync();
        var elapsed = clock.Elapsed;
        if (response.StatusCode != HttpStatusCode.OK)
        {
            throw new InvalidOperationException($"GET /{path} answered {(int)response.StatusCode}.");
        }

        return (Parser.ParseDocument(html), elapsed);
    }

    /// <summary>Posts the event page's order form with <paramref name="quantity"/> of the first ticket type; the shop
    /// must redirect to the cart. The time is request sent → redirect received.</summary>
    public async Task<TimeSpan> PostOrderFormAsync(string path, IDocument page, int quantity)
    {
        var form = page.QuerySelector("form[method=post]") ?? throw new InvalidOperationException($"/{path} shows no order form (sold out?).");
        var firstQuantity = form.QuerySelector("[data-testid=ticket-qty]");
        var fields = form.QuerySelectorAll("input[name]").Select(input => new KeyValuePair<string, string>(
            input.GetAttribute("name")!,
            input == firstQuantity ? quantity.ToString(CultureInfo.InvariantCulture) : input.GetAttribute("value") ?? "")).ToList();

        var clock = Stopwatch.StartNew();
        using var response = await http.PostAsync(new Uri(path, UriKind.Relative), new FormUrlEncodedContent(fields));
        var elapsed = clock.Elapsed;
        if (response.StatusCode != HttpStatusCode.Redirect || response.Headers.Location?.OriginalString.EndsWith("cart", StringComparison.Ordinal) != true)
        {
            throw new InvalidOperationException($"POST /{path} answered {(int)response.StatusCode} instead of a redirect to the cart (rate limits raised?).");
        }

        return elapsed;
    }

    /// <summary>
    /// Tries to hold <paramref name="quantity"/> tickets as a bot would, without failing on a refusal: "held" (the
    /// redirect to the cart), "429" (a rate limit), or the message the page shows.
    /// </summary>
    public async Task<string> TryAddToCartAsync(int performanceId, int quantity)
    {
        var path = $"event/{performanceId}";
        using var get = await http.GetAsync(new Uri(path, UriKind.Relative));
        var page = Parser.ParseDocument(await get.Content.ReadAsStringAsync());
        if (page.QuerySelector("form[method=post]") is not { } form)
        {
            return page.QuerySelector("[data-testid=cap-reached], [data-testid=event-sold-out]")?.TextContent.Trim() ?? "no order form";
        }

        var firstQuantity = form.QuerySelector("[data-testid=ticket-qty]");
        var fields = form.QuerySelectorAll("input[name]").Select(input => new KeyValuePair<string, string>(
            input.GetAttribute("name")!,
            input == firstQuantity ? quantity.ToString(CultureInfo.InvariantCulture) : input.GetAttribute("value") ?? "")).ToList();
        using var response = await http.PostAsync(new Uri(path, UriKind.Relative), new FormUrlEncodedContent(fields));
        return response.StatusCode switch
        {
            HttpStatusCode.Redirect => "held",
            HttpStatusCode.TooManyRequests => "429",
            _ => Parser.ParseDocument(await response.Content.ReadAsStringAsync())
                .QuerySelector("[data-testid=ticket-type-error], [data-testid=add-to-cart-error], [data-testid=cap-reached], [data-testid=event-sold-out]")?.TextContent.Trim() ?? $"{(int)response.StatusCode}",
        };
    }

    public async Task AddToCartAsync(int performanceId, int quantity)
    {
        var path = $"event/{performanceId}";
        var (page, _) = await GetAsync(path);
        await PostOrderFormAsync(path, page, quantity);
    }

    public void Dispose() => http.Dispose();
}
