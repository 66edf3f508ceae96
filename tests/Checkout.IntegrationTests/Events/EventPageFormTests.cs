using System.Net;
using AngleSharp.Dom;
using AngleSharp.Html.Parser;
using Checkout.IntegrationTests.Infrastructure;
using Checkout.Sandbox;

namespace Checkout.IntegrationTests.Events;

/// <summary>
/// The event page and its order form over real HTTP, the way a browser without JavaScript uses them: a static page,
/// a cached page (the same for every visitor), a form post from the shop's own origin (no antiforgery token: the page is
/// cached), and a redirect or the page again with messages.
/// </summary>
public sealed class EventPageFormTests(CheckoutWebFactory factory) : IClassFixture<CheckoutWebFactory>
{
    private static readonly HtmlParser Parser = new();

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Posting_tickets_adds_them_to_the_cart_and_redirects_there()
    {
        using var browser = Browser();
        var page = await GetAsync(browser, HamletFirst);
        var response = await PostAsync(browser, HamletFirst, page, (DiscountIds(page)[0], "2"));

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal("/cart", response.Headers.Location!.AbsolutePath);

        // The cached page is the same for everyone; the answer to the visitor's next post counts what their cart holds.
        var again = await GetAsync(browser, HamletFirst);
        var over = await ParseAsync(await PostAsync(browser, HamletFirst, again, (DiscountIds(again)[0], "9")));
        Assert.All(over.QuerySelectorAll("[data-testid=ticket-qty]"), q => Assert.Equal("8", q.GetAttribute("max")));
        Assert.Contains("2 kaarten", over.QuerySelector("#cap-hint")!.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_client_under_a_path_prefix_posts_and_redirects_within_its_prefix()
    {
        using var browser = Browser();
        const string fringeEvent = "/fringe/event/2101";
        var page = await GetAsync(browser, fringeEvent);

        var response = await PostAsync(browser, fringeEvent, page, (DiscountIds(page)[0], "1"));

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal("/fringe/cart", response.Headers.Location!.AbsolutePath);
    }

    [Fact]
    public async Task Too_many_tickets_come_back_with_the_message_next_to_the_type_and_the_typed_quantities()
    {
        using var browser = Browser();
        var page = await GetAsync(browser, HamletFirst);
        var types = DiscountIds(page);

        var response = await PostAsync(browser, HamletFirst, page, (types[0], "1"), (types[1], "11"));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var result = await ParseAsync(response);
        var refused = result.QuerySelector($"[data-testid=ticket-type][data-discount-id='{types[1]}']")!;
        Assert.Equal("Kies een aantal van 0 tot en met 10.", refused.QuerySelector("[data-testid=ticket-type-error]")!.TextContent.Trim());
        Assert.Equal("quantityrange", refused.QuerySelector("[data-testid=ticket-type-error]")!.GetAttribute("data-problem"));
        Assert.Equal("11", refused.QuerySelector("[data-testid=ticket-qty]")!.GetAttribute("value"));
        Assert.Equal("true", refused.QuerySelector("[data-testid=ticket-qty]")!.GetAttribute("aria-invalid"));
        Assert.Equal("1", result.QuerySelector($"[data-discount-id='{types[0]}'] [data-testid=ticket-qty]")!.GetAttribute("value"));
        Assert.Single(result.QuerySelectorAll("[data-testid=ticket-type-error]"));
    }

    [Fact]
    public async Task Posting_nothing_asks_for_a_ticket_at_the_top_of_the_form()
    {
        using var browser = Browser();
        var page = await GetAsync(browser, HamletFirst);

        var response = await PostAsync(browser, HamletFirst, page);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var result = await ParseAsync(response);
        Assert.Equal("Kies ten minste één kaart.", result.QuerySelector("form [data-testid=add-to-cart-error]")!.TextContent.Trim());
        Assert.Equal("nothingchosen", result.QuerySelector("form [data-testid=add-to-cart-error]")!.GetAttribute("data-problem"));
    }

    [Fact]
    public async Task More_than_one_order_may_hold_in_total_is_refused_at_the_top_without_asking_VdM()
    {
        using var browser = Browser();
        var page = await GetAsync(browser, HamletFirst);
        var types = DiscountIds(page);

        var response = await PostAsync(browser, HamletFirst, page, (types[0], "6"), (types[1], "6"));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var result = await ParseAsync(response);
        Assert.Contains("ten hoogste 10 kaarten", result.QuerySelector("[data-testid=add-to-cart-error]")!.TextContent, StringComparison.Ordinal);
        Assert.Equal("toomanyintotal", result.QuerySelector("[data-testid=add-to-cart-error]")!.GetAttribute("data-problem"));
        Assert.Empty(result.QuerySelectorAll("[data-testid=ticket-type-error]"));
        var reloaded = await GetAsync(browser, HamletFirst);
        Assert.Equal("10", reloaded.QuerySelector("[data-testid=ticket-qty]")!.GetAttribute("max"));
    }

    [Fact]
    public async Task A_refusal_by_VdM_is_shown_next_to_the_refused_type()
    {
        using var refusing = new CheckoutWebFactory
        {
            Settings = new Dictionary<string, string?>
            {
                ["Sandbox:Faults:0:Endpoint"] = "cart.add",
                ["Sandbox:Faults:0:Kind"] = "Status",
                ["Sandbox:Faults:0:Value"] = "409",
            },
        };
        using var browser = BrowserOn(refusing);
        var page = await GetAsync(browser, HamletFirst);
        var types = DiscountIds(page);

        var response = await PostAsync(browser, HamletFirst, page, (types[1], "2"));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var refused = (await ParseAsync(response)).QuerySelector($"[data-testid=ticket-type][data-discount-id='{types[1]}']")!;
        Assert.StartsWith("Er zijn niet genoeg kaarten meer", refused.QuerySelector("[data-testid=ticket-type-error]")!.TextContent.Trim(), StringComparison.Ordinal);
        Assert.Equal("soldout", refused.QuerySelector("[data-testid=ticket-type-error]")!.GetAttribute("data-problem"));
        Assert.Equal("2", refused.QuerySelector("[data-testid=ticket-qty]")!.GetAttribute("value"));
    }

    [Fact]
    public async Task A_sold_out_performance_shows_no_order_form()
    {
        using var browser = Browser();
        var page = await GetAsync(browser, $"/event/{SandboxDemoIds.SoldOut}");

        Assert.NotNull(page.QuerySelector("[data-testid=event-sold-out]"));
        Assert.Empty(page.QuerySelectorAll("form[method=post], [data-testid=ticket-qty], [data-testid=add-to-cart]"));
    }

    [Fact]
    public async Task A_post_that_arrives_after_the_performance_sold_out_gets_the_message_not_an_error()
    {
        using var browser = Browser();
        var orderable = await GetAsync(browser, HamletFirst);

        // The same form, posted to a performance that has nothing left (as if it sold out since the page was shown).
        var response = await PostAsync(browser, $"/event/{SandboxDemoIds.SoldOut}", orderable, (DiscountIds(orderable)[0], "1"));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.NotNull((await ParseAsync(response)).QuerySelector("[data-testid=event-sold-out]"));
    }

    [Theory]
    [InlineData(999_999)]
    [InlineData(SandboxDemoIds.Unpublished)]
    [InlineData(SandboxDemoIds.NoSale)]
    public async Task An_unknown_or_unpublished_performance_answers_404_with_the_not_found_page(int performanceId)
    {
        using var browser = Browser();
        var response = await browser.GetAsync($"/event/{performanceId}", Ct);

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.NotNull((await ParseAsync(response)).QuerySelector("[data-testid=not-found-page]"));
    }

    [Fact]
    public async Task Venue_html_arrives_without_anything_executable()
    {
        using var browser = Browser();
        var response = await browser.GetAsync($"/event/{SandboxDemoIds.HtmlText}", Ct);
        var html = await response.Content.ReadAsStringAsync(Ct);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("<strong>nieuw talent</strong>", html, StringComparison.Ordinal);
        Assert.DoesNotContain("sandbox-xss", html, StringComparison.Ordinal);
        Assert.DoesNotContain("javascript:", html, StringComparison.OrdinalIgnoreCase);
    }

    [Theory]
    [InlineData("/?date=2030-02-31")]
    [InlineData("/?date=%00")]
    [InlineData("/?q=hamlet&q=jazz")]
    public async Task Odd_programme_queries_still_show_a_page(string url)
    {
        using var browser = Browser();
        var response = await browser.GetAsync(url, Ct);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    [Fact]
    public async Task The_programme_filters_by_text_without_a_circuit()
    {
        using var browser = Browser();
        var html = await browser.GetStringAsync("/?q=hamlet", Ct);
        var page = Parser.ParseDocument(html);

        var ids = page.QuerySelectorAll("[data-testid=event-card]").Select(c => int.Parse(c.GetAttribute("data-event-id")!, System.Globalization.CultureInfo.InvariantCulture)).ToList();
        Assert.Equal(Enumerable.Range(SandboxDemoIds.MultiPerformanceFirst, 8), ids);
        Assert.Equal("false", page.QuerySelector("[data-testid=interactive-marker]")!.GetAttribute("data-interactive"));
        Assert.DoesNotContain("<!--Blazor:{", html, StringComparison.Ordinal);
    }

    private static string HamletFirst => $"/event/{SandboxDemoIds.MultiPerformanceFirst}";

    private HttpClient Browser() => BrowserOn(factory);

    /// <summary>
    /// A client with its own cookie jar that shows redirects instead of following them (on Kestrel the factory's
    /// clients follow them in their socket handler, whatever the options say).
    /// </summary>
    private static HttpClient BrowserOn(CheckoutWebFactory app)
    {
        using var probe = app.CreateClient();
        return new HttpClient(new SocketsHttpHandler { AllowAutoRedirect = false, CookieContainer = new CookieContainer() })
        {
            BaseAddress = probe.BaseAddress,
        };
    }

    private static async Task<IDocument> GetAsync(HttpClient browser, string url)
    {
        var response = await browser.GetAsync(url, Ct);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return await ParseAsync(response);
    }

    /// <summary>Posts the page's order form as a browser would: every field as rendered, with the given quantities typed in.</summary>
    private static Task<HttpResponseMessage> PostAsync(HttpClient browser, string url, IDocument page, params (string DiscountId, string Quantity)[] typed)
    {
        var form = page.QuerySelector("form[method=post]")!;
        var fields = new List<KeyValuePair<string, string>>();
        foreach (var input in form.QuerySelectorAll("input[name]"))
        {
            var name = input.GetAttribute("name")!;
            var value = input.GetAttribute("value") ?? "";
            var discountId = input.Closest("[data-testid=ticket-type]")?.GetAttribute("data-discount-id");
            if (input.GetAttribute("data-testid") == "ticket-qty" && typed.FirstOrDefault(t => t.DiscountId == discountId) is { Quantity: { } quantity })
            {
                value = quantity;
            }

            fields.Add(new(name, value));
        }

        // A browser names the page's origin on every POST.
        var request = new HttpRequestMessage(HttpMethod.Post, url) { Content = new FormUrlEncodedContent(fields) };
        request.Headers.Add("Origin", browser.BaseAddress!.GetLeftPart(UriPartial.Authority));
        return browser.SendAsync(request, Ct);
    }

    private static List<string> DiscountIds(IDocument page) =>
        [.. page.QuerySelectorAll("[data-testid=ticket-type]").Select(t => t.GetAttribute("data-discount-id")!)];

    private static async Task<IDocument> ParseAsync(HttpResponseMessage response) =>
        Parser.ParseDocument(await response.Content.ReadAsStringAsync(Ct));
}
