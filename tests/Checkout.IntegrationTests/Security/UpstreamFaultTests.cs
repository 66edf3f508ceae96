using System.Net;
using AngleSharp.Dom;
using Checkout.IntegrationTests.Infrastructure;
using Checkout.Sandbox;
using Checkout.Sandbox.Data;
using Checkout.Sandbox.Faults;
using Microsoft.Extensions.DependencyInjection;

namespace Checkout.IntegrationTests.Security;

/// <summary>
/// Every kind of upstream fault on every step the shop renders over plain HTTP (programme, event page, the
/// add-to-cart post that creates and fills the cart, the order status page's prerender): the visitor sees the
/// translated message with a way to retry, the retry works once the fault clears, the cart and the typed quantities
/// are kept, GETs are retried within the budget and POSTs reach VdM exactly once per attempt.
/// </summary>
public sealed class UpstreamFaultTests
{
    /// <summary>Steps × fault kinds below, one fault rule each; cited in docs/security.md.</summary>
    public const int FaultsInjected = 35;

    /// <summary>One attempt plus the standard three retries.</summary>
    private const int MaxGetAttempts = 4;

    private const string Garbage = "AAAAA-BBBBB-CCCCC-DDDDD";

    private static readonly string[] Steps = ["events", "tickettypes", "cart.create", "cart.add", "order.get"];

    public static TheoryData<string, FaultKind, int, int?> Cases() => UpstreamFaults.OnEach(Steps);

    private static int Performance => SandboxDemoIds.MultiPerformanceFirst + 1;

    private static string EventUrl => $"/event/{Performance}";

    [Fact]
    public void The_documented_count_matches_the_cases() => Assert.Equal(FaultsInjected, Cases().Count);

    [Theory]
    [MemberData(nameof(Cases))]
    public async Task A_fault_shows_a_translated_message_with_a_retry_that_works_and_keeps_the_cart(string step, FaultKind kind, int value, int? count)
    {
        using var app = new CheckoutWebFactory
        {
            Settings = new Dictionary<string, string?>
            {
                ["VoordeMensen:AttemptTimeoutSeconds"] = "1",
                ["VoordeMensen:TotalTimeoutSeconds"] = "3",
                ["Security:RateLimits:FormPostsPerAddress"] = "1000",
                ["Security:RateLimits:CartCreatesPerAddress"] = "1000",
            },
        };
        var faults = app.Services.GetRequiredService<FaultRegistry>();
        var stats = app.Services.GetRequiredService<SandboxRequestStats>();
        using var browser = new ShopBrowser(app);
        var recovers = count is not null || kind == FaultKind.Latency;

        // A cart exists before the fault, so "kept" can be checked (not when the fault is on creating it, nor on the
        // programme, which the event page would have cached).
        var held = 0;
        if (step is not ("cart.create" or "events"))
        {
            var first = await browser.FormPageAsync($"/event/{SandboxDemoIds.MultiPerformanceFirst}");
            var (added, _) = await browser.PostFormAsync($"/event/{SandboxDemoIds.MultiPerformanceFirst}", first, ShopBrowser.FirstQuantity("1"));
            Assert.Equal(HttpStatusCode.Redirect, added.StatusCode);
            held = 1;
        }

        IDocument? form = step is "cart.create" or "cart.add" ? await browser.FormPageAsync(EventUrl) : null;
        stats.Reset();
        faults.Replace([new FaultRule { Endpoint = step == "events" ? "events*" : step, Client = SandboxDemoIds.DemoClient, Kind = kind, Value = value, Count = count }]);

        switch (step)
        {
            case "events" or "tickettypes" or "order.get":
            {
                var url = step switch { "events" => "/", "tickettypes" => EventUrl, _ => $"/order/{Garbage}" };
                var testid = step switch { "events" => "programme-error", "tickettypes" => "tickettypes-error", _ => "order-status-error" };
                // The garbage order key is not found once VdM answers: that page is a 404.
                var answered = step == "order.get" ? HttpStatusCode.NotFound : HttpStatusCode.OK;
                var (response, body) = await browser.GetAsync(url);
                Assert.Equal(recovers ? answered : HttpStatusCode.OK, response.StatusCode);
                var page = ShopBrowser.Parse(body);
                var attempts = Attempts(stats, step);
                Assert.InRange(attempts, 1, MaxGetAttempts);
                if (recovers)
                {
                    // 503 once: the GET was retried and the visitor never saw the fault; latency within the timeout just works.
                    Assert.Null(page.QuerySelector($"[data-testid={testid}]"));
                    Assert.Equal(count is null ? 1 : 2, attempts);
                }
                else
                {
                    var alert = page.QuerySelector($"[data-testid={testid}]");
                    Assert.NotNull(alert);
                    AssertTranslated(alert);
                    if (kind is FaultKind.Status or FaultKind.Html)
                    {
                        Assert.True(attempts >= 2, $"a {kind} {value} on a GET was not retried");
                    }

                    if (step != "order.get")
                    {
                        Assert.NotNull(alert.QuerySelector("a[href]"));
                    }

                    faults.Replace([]);
                    var (again, retried) = await browser.GetAsync(url);
                    Assert.Equal(answered, again.StatusCode);
                    var recovered = ShopBrowser.Parse(retried);
                    Assert.Null(recovered.QuerySelector($"[data-testid={testid}]"));
                    if (step == "order.get")
                    {
                        Assert.NotNull(recovered.QuerySelector("[data-testid=order-not-found]"));
                    }
                }

                faults.Replace([]);
                if (step != "order.get")
                {
                    var ready = await browser.PageAsync(EventUrl);
                    var (added, _) = await browser.PostFormAsync(EventUrl, ready, ShopBrowser.FirstQuantity("2"));
                    Assert.Equal(HttpStatusCode.Redirect, added.StatusCode);
                    held += 2;
                }

                break;
            }

            case "cart.create" or "cart.add":
            {
                var (response, body) = await browser.PostFormAsync(EventUrl, form!, ShopBrowser.FirstQuantity("2"));
                // A POST is never repeated automatically: exactly one request per attempt, whatever the fault.
                Assert.Equal(1, stats.Count(SandboxDemoIds.DemoClient, step));
                if (kind == FaultKind.Latency)
                {
                    Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
                }
                else
                {
                    Assert.Equal(HttpStatusCode.OK, response.StatusCode);
                    var page = ShopBrowser.Parse(body);
                    var error = page.QuerySelector("[data-testid=add-to-cart-error], [data-testid=ticket-type-error]");
                    Assert.NotNull(error);
                    AssertTranslated(error);
                    // The typed quantity is still in the form, so the visitor retries by sending it again.
                    Assert.Equal("2", page.QuerySelector("[data-testid=ticket-qty]")!.GetAttribute("value"));

                    faults.Replace([]);
                    var (again, _) = await browser.PostFormAsync(EventUrl, page, _ => { });
                    Assert.Equal(HttpStatusCode.Redirect, again.StatusCode);
                    Assert.Equal(2, stats.Count(SandboxDemoIds.DemoClient, step));
                }

                held += 2;
                break;
            }
        }

        faults.Replace([]);
        if (held > 0)
        {
            using var store = app.Services.GetRequiredService<SandboxStore>().Enter(SandboxDemoIds.DemoClient);
            var cart = Assert.Single(store.Venue.Carts.Values, c => !c.IsEmpty);
            Assert.Equal(held, cart.Tickets.Count);
        }
    }

    /// <summary>The programme asks for "events" or "events.one" (upcoming); the other steps have one endpoint.</summary>
    private static long Attempts(SandboxRequestStats stats, string step) => step == "events"
        ? stats.Count(SandboxDemoIds.DemoClient, "events") + stats.Count(SandboxDemoIds.DemoClient, "events.one")
        : stats.Count(SandboxDemoIds.DemoClient, step);

    /// <summary>A Dutch sentence from the resources, never an exception text, status code or VdM's body.</summary>
    private static void AssertTranslated(IElement element)
    {
        var text = element.TextContent;
        Assert.False(string.IsNullOrWhiteSpace(text));
        Assert.DoesNotContain("Exception", text, StringComparison.Ordinal);
        Assert.DoesNotContain("<html", text, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("500", text, StringComparison.Ordinal);
        Assert.DoesNotContain("502", text, StringComparison.Ordinal);
        Assert.DoesNotContain("503", text, StringComparison.Ordinal);
    }
}
