using System.Net;
using AngleSharp.Dom;
using AngleSharp.Html.Parser;
using Checkout.IntegrationTests.Infrastructure;

namespace Checkout.IntegrationTests.Security;

/// <summary>
/// A browser without JavaScript over real HTTP: its own cookie jar, redirects shown rather than followed, and every
/// response body it read kept for the secret scans (<see cref="Seen"/>).
/// </summary>
public sealed class ShopBrowser : IDisposable
{
    private static readonly HtmlParser Parser = new();

    private readonly HttpClient http;

    public ShopBrowser(CheckoutWebFactory app)
    {
        using var probe = app.CreateClient();
        http = new HttpClient(new SocketsHttpHandler { AllowAutoRedirect = false, CookieContainer = Cookies })
        {
            BaseAddress = probe.BaseAddress,
        };
    }

    /// <summary>
    /// A visitor at <paramref name="address"/> behind the proxy: every request carries X-Forwarded-For, which the app
    /// honours when it trusts 127.0.0.1 (<c>ForwardedHeaders:KnownProxies:0</c>).
    /// </summary>
    public static ShopBrowser Behind(CheckoutWebFactory app, string address)
    {
        var browser = new ShopBrowser(app);
        browser.Http.DefaultRequestHeaders.Add("X-Forwarded-For", address);
        return browser;
    }

    /// <summary>Every response read: status line, headers and body.</summary>
    public List<string> Seen { get; } = [];

    public HttpClient Http => http;

    public CookieContainer Cookies { get; } = new();

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    public async Task<(HttpResponseMessage Response, string Body)> SendAsync(HttpRequestMessage request)
    {
        // Every browser names the page's origin on a POST; the shop refuses posts that do not (SameOriginPostMiddleware).
        if (request.Method == HttpMethod.Post && !request.Headers.Contains("Origin"))
        {
            var target = request.RequestUri is { IsAbsoluteUri: true } absolute ? absolute : new Uri(http.BaseAddress!, request.RequestUri!);
            request.Headers.Add("Origin", target.GetLeftPart(UriPartial.Authority));
        }

        var response = await http.SendAsync(request, Ct);
        var body = await response.Content.ReadAsStringAsync(Ct);
        Seen.Add($"{(int)response.StatusCode} {request.RequestUri}\n{response.Headers}{response.Content.Headers}\n{body}");
        return (response, body);
    }

    public Task<(HttpResponseMessage Response, string Body)> GetAsync(string url) =>
        SendAsync(new HttpRequestMessage(HttpMethod.Get, url));

    public async Task<IDocument> PageAsync(string url)
    {
        var (response, body) = await GetAsync(url);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return Parser.ParseDocument(body);
    }

    /// <summary>
    /// A page with its order form, for a test's set-up: an app run with very short upstream timeouts (the fault tests)
    /// can time out on its cold first upstream calls on a busy machine, so the page is asked for again a few times.
    /// </summary>
    public async Task<IDocument> FormPageAsync(string url)
    {
        for (var attempt = 1; ; attempt++)
        {
            var page = await PageAsync(url);
            if (page.QuerySelector("form[method=post]") is not null || attempt == 3)
            {
                return page;
            }

            await Task.Delay(TimeSpan.FromSeconds(1), Ct);
        }
    }

    public static IDocument Parse(string body) => Parser.ParseDocument(body);

    /// <summary>Posts the page's order form as rendered, with <paramref name="change"/> applied to the fields.</summary>
    public Task<(HttpResponseMessage Response, string Body)> PostFormAsync(
        string url, IDocument page, Action<List<KeyValuePair<string, string>>> change)
    {
        var form = page.QuerySelector("form[method=post]") ?? throw new InvalidOperationException($"No form on {url}");
        var fields = form.QuerySelectorAll("input[name]")
            .Select(i => new KeyValuePair<string, string>(i.GetAttribute("name")!, i.GetAttribute("value") ?? ""))
            .ToList();
        change(fields);
        return SendAsync(new HttpRequestMessage(HttpMethod.Post, url) { Content = new FormUrlEncodedContent(fields) });
    }

    /// <summary>
    /// The most tickets per type the shop offers this visitor on an event page. The page itself is cached, the same for
    /// everyone; the answer to a post over any cap (refused before anything is reserved) counts what their cart holds.
    /// </summary>
    public async Task<string?> MaxPerTypeAsync(string url)
    {
        var page = await FormPageAsync(url);
        var (_, body) = await PostFormAsync(url, page, FirstQuantity("99"));
        return Parse(body).QuerySelector("[data-testid=ticket-qty]")?.GetAttribute("max");
    }

    /// <summary>Types <paramref name="quantity"/> into the first ticket type's field.</summary>
    public static Action<List<KeyValuePair<string, string>>> FirstQuantity(string quantity) => fields =>
    {
        var index = fields.FindIndex(f => f.Key.EndsWith(".Quantity", StringComparison.Ordinal));
        fields[index] = new(fields[index].Key, quantity);
    };

    public static List<string> DiscountIds(IDocument page) =>
        [.. page.QuerySelectorAll("[data-testid=ticket-type]").Select(t => t.GetAttribute("data-discount-id")!)];

    public void Dispose() => http.Dispose();
}
