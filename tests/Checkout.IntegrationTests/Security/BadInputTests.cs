using System.Net;
using Checkout.IntegrationTests.Infrastructure;
using Checkout.Sandbox;
using Microsoft.Extensions.DependencyInjection;

namespace Checkout.IntegrationTests.Security;

/// <summary>
/// Every route parameter, query string and add-to-cart form field with hostile input: the answer is a page with a
/// validation message, a 400 or a 404 — never a 500 — and markup in the input never comes back unencoded.
/// </summary>
public sealed class BadInputTests
{
    /// <summary>How many requests the three tests below send in total; cited in docs/security.md.</summary>
    public const int BadInputsTried = RouteInputs + QueryInputs + FormInputs;

    private const int RouteInputs = 3 * PayloadCount;
    private const int QueryInputs = 8 * PayloadCount;
    private const int FormInputs = 5 * PayloadCount;
    private const int PayloadCount = 28;

    private static readonly string[] Payloads =
    [
        new string('A', 3000),
        new string('9', 400),
        "Ωß漢字🎭Ünïcødé",
        "\u202Eevil\u200B\uFEFF",
        "\0nul",
        "<script>alert(1)</script>",
        "\"><img src=x onerror=alert(1)>",
        "'><svg/onload=alert(1)>",
        "javascript:alert(1)",
        "' OR '1'='1' --",
        "1; DROP TABLE orders;--",
        "\" OR \"\"=\"",
        "-1",
        "-2147483649",
        "2147483648",
        "99999999999999999999999",
        "1e9",
        "0x10",
        "NaN",
        "1.5",
        "2 2",
        "../../admin/reset",
        "%2e%2e%2f%2e%2e%2f",
        "{{7*7}}${7*7}",
        "${jndi:ldap://x/a}",
        "AAAAA-BBBBB-CCCCC-DDDDD",
        "",
        "%",
    ];

    private static readonly string HamletFirst = $"/event/{SandboxDemoIds.MultiPerformanceFirst}";

    /// <summary>Hundreds of status page loads from one address: these tests are about what the pages make of the input.</summary>
    private static Dictionary<string, string?> ManyStatusLookups => new() { ["Security:RateLimits:StatusLookupsPerAddress"] = "10000" };

    [Fact]
    public void The_payload_list_is_the_one_counted() => Assert.Equal(PayloadCount, Payloads.Length);

    [Fact]
    public async Task Route_parameters_answer_404_or_a_page_never_500()
    {
        using var app = new CheckoutWebFactory { Settings = ManyStatusLookups };
        using var browser = new ShopBrowser(app);
        var tried = 0;
        foreach (var payload in Payloads)
        {
            foreach (var template in new[] { "/event/{0}", "/order/{0}", "/fringe/event/{0}" })
            {
                tried++;
                var url = string.Format(System.Globalization.CultureInfo.InvariantCulture, template, Uri.EscapeDataString(payload));
                await AssertSafeAsync(browser, new HttpRequestMessage(HttpMethod.Get, url), payload, HttpStatusCode.OK, HttpStatusCode.NotFound, HttpStatusCode.BadRequest);
            }
        }

        Assert.Equal(RouteInputs, tried);
    }

    [Fact]
    public async Task Query_strings_answer_a_page_or_404_never_500()
    {
        using var app = new CheckoutWebFactory { Settings = ManyStatusLookups };
        using var browser = new ShopBrowser(app);
        var tried = 0;
        foreach (var payload in Payloads)
        {
            var value = Uri.EscapeDataString(payload);
            foreach (var url in new[]
                     {
                         $"/?q={value}", $"/?date={value}", $"/?q={value}&date={value}", $"/?culture={value}",
                         $"{HamletFirst}?culture={value}", $"/order/return?return={value}", $"/order/return?response={value}",
                         $"/fringe/order/return?return={value}&culture={value}",
                     })
            {
                tried++;
                await AssertSafeAsync(browser, new HttpRequestMessage(HttpMethod.Get, url), payload, HttpStatusCode.OK, HttpStatusCode.NotFound, HttpStatusCode.BadRequest);
            }
        }

        Assert.Equal(QueryInputs, tried);
    }

    [Fact]
    public async Task Add_to_cart_fields_answer_a_message_or_400_never_500_and_reserve_nothing()
    {
        using var app = new CheckoutWebFactory { Settings = new Dictionary<string, string?> { ["Security:RateLimits:FormPostsPerAddress"] = "10000" } };
        using var browser = new ShopBrowser(app);
        var stats = app.Services.GetRequiredService<SandboxRequestStats>();
        var page = await browser.PageAsync(HamletFirst);
        var tried = 0;
        foreach (var payload in Payloads)
        {
            var posts = new Action<List<KeyValuePair<string, string>>>[]
            {
                ShopBrowser.FirstQuantity(payload),
                f => Set(f, ".DiscountId", payload, alsoQuantity: "1"),
                f => f.Add(new($"Form.Lines[{payload}].Quantity", "1")),
                f => f.Add(new("Form.Lines[0].Quantity", payload)),
                f => f.RemoveAll(x => x.Key == "__RequestVerificationToken"),
            };
            foreach (var change in posts)
            {
                tried++;
                var fields = page.QuerySelector("form[method=post]")!.QuerySelectorAll("input[name]")
                    .Select(i => new KeyValuePair<string, string>(i.GetAttribute("name")!, i.GetAttribute("value") ?? "")).ToList();
                change(fields);
                var request = new HttpRequestMessage(HttpMethod.Post, HamletFirst) { Content = new FormUrlEncodedContent(fields) };
                await AssertSafeAsync(browser, request, payload, HttpStatusCode.OK, HttpStatusCode.BadRequest);
            }
        }

        Assert.Equal(FormInputs, tried);
        // Wrong discount ids, odd quantities and foreign fields never reach VdM as an add.
        Assert.Equal(0, stats.Count(SandboxDemoIds.DemoClient, "cart.add"));
    }

    private static void Set(List<KeyValuePair<string, string>> fields, string suffix, string value, string alsoQuantity)
    {
        var index = fields.FindIndex(f => f.Key.EndsWith(suffix, StringComparison.Ordinal));
        fields[index] = new(fields[index].Key, value);
        var quantity = fields.FindIndex(f => f.Key.EndsWith(".Quantity", StringComparison.Ordinal));
        fields[quantity] = new(fields[quantity].Key, alsoQuantity);
    }

    private static async Task AssertSafeAsync(ShopBrowser browser, HttpRequestMessage request, string payload, params HttpStatusCode[] allowed)
    {
        var what = $"{request.Method} {request.RequestUri?.OriginalString[..Math.Min(120, request.RequestUri.OriginalString.Length)]}";
        var (response, body) = await browser.SendAsync(request);
        Assert.True(allowed.Contains(response.StatusCode), $"{what} answered {(int)response.StatusCode} for payload '{payload[..Math.Min(40, payload.Length)]}'");
        if (payload.IndexOfAny(['<', '>', '"', '\'']) >= 0)
        {
            Assert.False(body.Contains(payload, StringComparison.Ordinal), $"{what} reflected the input unencoded");
        }

        Assert.DoesNotContain("alert(1)>", body, StringComparison.Ordinal);
        browser.Seen.Clear();
    }
}
