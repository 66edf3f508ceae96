using System.Net;
using Checkout.IntegrationTests.Infrastructure;
using Checkout.Sandbox;
using Microsoft.Extensions.DependencyInjection;

namespace Checkout.IntegrationTests.Security;

/// <summary>The last ten seats, wanted by more visitors at once through the shop's own form posts: exactly ten are held.</summary>
public sealed class LastSeatsRaceTests
{
    public const int Buyers = 24;
    public const int SeatsLeft = 10;

    [Fact]
    public async Task Parallel_buyers_of_the_last_ten_seats_get_exactly_ten_and_the_rest_a_message()
    {
        using var app = new CheckoutWebFactory
        {
            Settings = new Dictionary<string, string?>
            {
                ["Security:RateLimits:FormPostsPerAddress"] = "1000",
                ["Security:RateLimits:CartCreatesPerAddress"] = "1000",
            },
        };
        var stats = app.Services.GetRequiredService<SandboxRequestStats>();
        var url = $"/event/{SandboxDemoIds.TenSeatsLeft}";
        var buyers = Enumerable.Range(0, Buyers).Select(_ => new ShopBrowser(app)).ToList();
        try
        {
            var pages = await Task.WhenAll(buyers.Select(b => b.PageAsync(url)));
            using var start = new SemaphoreSlim(0);
            var posts = buyers.Select(async (b, i) =>
            {
                await start.WaitAsync(TestContext.Current.CancellationToken);
                return await b.PostFormAsync(url, pages[i], ShopBrowser.FirstQuantity("1"));
            }).ToList();
            start.Release(Buyers);
            var results = await Task.WhenAll(posts);

            Assert.Equal(SeatsLeft, results.Count(r => r.Response.StatusCode == HttpStatusCode.Redirect));
            var refused = results.Where(r => r.Response.StatusCode != HttpStatusCode.Redirect).ToList();
            Assert.All(refused, r =>
            {
                Assert.Equal(HttpStatusCode.OK, r.Response.StatusCode);
                var page = ShopBrowser.Parse(r.Body);
                Assert.NotNull(page.QuerySelector("[data-testid=ticket-type-error], [data-testid=add-to-cart-error], [data-testid=event-sold-out]"));
            });

            // Every POST reached VdM exactly once: none repeated, none lost.
            Assert.Equal(Buyers, stats.Count(SandboxDemoIds.DemoClient, "cart.add"));
        }
        finally
        {
            buyers.ForEach(b => b.Dispose());
        }
    }
}
