using System.Net;
using Checkout.IntegrationTests.Infrastructure;
using Checkout.Sandbox;
using Microsoft.Extensions.DependencyInjection;

namespace Checkout.IntegrationTests.Security;

/// <summary>Rate limits, request size limits and the sandbox's test controls, over real HTTP.</summary>
public sealed class HardeningTests
{
    private static readonly string HamletFirst = $"/event/{SandboxDemoIds.MultiPerformanceFirst}";

    private static readonly string[] AdminRequests = ["GET /sandbox/admin/faults", "PUT /sandbox/admin/faults", "DELETE /sandbox/admin/faults", "POST /sandbox/admin/reset", "GET /sandbox/admin/stats", "DELETE /sandbox/admin/stats", "GET /sandbox/admin/memory"];

    [Fact]
    public async Task Form_posts_beyond_the_limit_per_address_get_429_with_a_translated_message()
    {
        using var app = new CheckoutWebFactory { Settings = new Dictionary<string, string?> { ["Security:RateLimits:FormPostsPerAddress"] = "3" } };
        using var browser = new ShopBrowser(app);
        var page = await browser.PageAsync(HamletFirst);

        var statuses = new List<HttpStatusCode>();
        for (var i = 0; i < 4; i++)
        {
            // A fresh visitor each time: the limit is per address, so shedding cookies does not help.
            using var fresh = new ShopBrowser(app);
            var own = await fresh.PageAsync(HamletFirst);
            statuses.Add((await fresh.PostFormAsync(HamletFirst, own, ShopBrowser.FirstQuantity("0"))).Response.StatusCode);
        }

        var (limited, body) = await browser.PostFormAsync(HamletFirst, page, ShopBrowser.FirstQuantity("0"));
        Assert.Equal([HttpStatusCode.OK, HttpStatusCode.OK, HttpStatusCode.OK, HttpStatusCode.TooManyRequests], statuses);
        Assert.Equal(HttpStatusCode.TooManyRequests, limited.StatusCode);
        Assert.NotNull(limited.Headers.RetryAfter);
        Assert.StartsWith("Er komen in korte tijd erg veel verzoeken", body, StringComparison.Ordinal);

        // Reading pages is not limited.
        Assert.Equal(HttpStatusCode.OK, (await browser.GetAsync(HamletFirst)).Response.StatusCode);
    }

    [Fact]
    public async Task New_carts_beyond_the_limit_per_address_show_the_message_in_the_form_and_reserve_nothing()
    {
        using var app = new CheckoutWebFactory { Settings = new Dictionary<string, string?> { ["Security:RateLimits:CartCreatesPerAddress"] = "2" } };
        var stats = app.Services.GetRequiredService<SandboxRequestStats>();
        var results = new List<HttpStatusCode>();
        string last = "";
        for (var i = 0; i < 3; i++)
        {
            using var visitor = new ShopBrowser(app);
            var page = await visitor.PageAsync(HamletFirst);
            var (response, body) = await visitor.PostFormAsync(HamletFirst, page, ShopBrowser.FirstQuantity("1"));
            results.Add(response.StatusCode);
            last = body;
        }

        Assert.Equal([HttpStatusCode.Redirect, HttpStatusCode.Redirect, HttpStatusCode.OK], results);
        var error = ShopBrowser.Parse(last).QuerySelector("[data-testid=add-to-cart-error]");
        Assert.StartsWith("Er zijn in korte tijd erg veel reserveringen gedaan", error?.TextContent.Trim(), StringComparison.Ordinal);
        Assert.Equal("toomanyrequests", error?.GetAttribute("data-problem"));
        Assert.Equal(2, stats.Count(SandboxDemoIds.DemoClient, "cart.create"));
    }

    [Fact]
    public async Task A_request_body_over_the_limit_is_refused_not_a_500()
    {
        using var app = new CheckoutWebFactory();
        using var browser = new ShopBrowser(app);
        var page = await browser.PageAsync(HamletFirst);

        var (response, _) = await browser.PostFormAsync(HamletFirst, page, f => f.Add(new("padding", new string('x', 200_000))));

        // Kestrel refuses the body (413) while antiforgery reads the form, which then answers 400.
        Assert.True(response.StatusCode is HttpStatusCode.BadRequest or HttpStatusCode.RequestEntityTooLarge, $"Got {response.StatusCode}");
    }

    [Fact]
    public async Task A_form_with_thousands_of_fields_is_refused_not_a_500()
    {
        using var app = new CheckoutWebFactory();
        using var browser = new ShopBrowser(app);
        var page = await browser.PageAsync(HamletFirst);

        var (response, _) = await browser.PostFormAsync(HamletFirst, page, f =>
            f.AddRange(Enumerable.Range(0, 2_000).Select(i => new KeyValuePair<string, string>($"Form.Lines[{i}].Quantity", "1"))));

        Assert.True(response.StatusCode is HttpStatusCode.BadRequest or HttpStatusCode.RequestEntityTooLarge, $"Got {response.StatusCode}");
    }

    [Fact]
    public async Task In_production_the_sandbox_test_controls_answer_404_while_the_sandbox_sells()
    {
        using var app = new CheckoutWebFactory();
        using var browser = new ShopBrowser(app);

        foreach (var request in AdminRequests)
        {
            var (response, _) = await SendAsync(browser, request);
            AssertUnreachable(request, response);
        }

        Assert.Equal(HttpStatusCode.OK, (await browser.GetAsync($"/sandbox/v1/{SandboxDemoIds.DemoClient}/events")).Response.StatusCode);
    }

    [Fact]
    public async Task The_test_controls_can_be_switched_on_explicitly_for_a_demo_host()
    {
        using var app = new CheckoutWebFactory { Settings = new Dictionary<string, string?> { ["Sandbox:AdminEndpoints"] = "true" } };
        using var browser = new ShopBrowser(app);

        Assert.Equal(HttpStatusCode.OK, (await browser.GetAsync("/sandbox/admin/faults")).Response.StatusCode);
    }

    [Fact]
    public async Task With_a_real_VdM_for_every_client_no_sandbox_path_exists()
    {
        using var app = new CheckoutWebFactory
        {
            Settings = new Dictionary<string, string?>
            {
                ["VoordeMensen:BaseUrl"] = "http://127.0.0.1:9/",
                ["Sandbox:AdminEndpoints"] = "true",
            },
        };
        using var browser = new ShopBrowser(app);

        foreach (var request in AdminRequests.Append("GET /sandbox/v1/demo/events").Append("GET /sandbox/pay/abc"))
        {
            var (response, _) = await SendAsync(browser, request);
            AssertUnreachable(request, response);
        }
    }

    /// <summary>
    /// GETs answer 404 (the not-found page); other methods answer what any unknown path answers to them: the shop's
    /// catch-all page route takes GET and POST, so a POST fails antiforgery (400) and PUT/DELETE get 405 — nothing runs.
    /// </summary>
    private static void AssertUnreachable(string request, HttpResponseMessage response)
    {
        var expected = request.StartsWith("GET", StringComparison.Ordinal)
            ? [HttpStatusCode.NotFound]
            : new[] { HttpStatusCode.NotFound, HttpStatusCode.MethodNotAllowed, HttpStatusCode.BadRequest };
        Assert.True(expected.Contains(response.StatusCode), $"{request} answered {response.StatusCode}");
    }

    private static Task<(HttpResponseMessage Response, string Body)> SendAsync(ShopBrowser browser, string request)
    {
        var (method, url) = (request.Split(' ')[0], request.Split(' ')[1]);
        return browser.SendAsync(new HttpRequestMessage(new HttpMethod(method), url)
        {
            Content = method is "PUT" ? new StringContent("[]", System.Text.Encoding.UTF8, "application/json") : null,
        });
    }
}
