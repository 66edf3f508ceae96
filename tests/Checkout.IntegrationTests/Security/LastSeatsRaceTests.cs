using System.Net;
using Checkout.IntegrationTests.Infrastructure;
using Checkout.IntegrationTests.Sandbox;
using Checkout.Sandbox;
using Checkout.Sandbox.Data;
using Checkout.Web.Features.Purchase;
using Checkout.Web.Shell.Clients;
using Checkout.Web.Shell.Visitors;
using Microsoft.AspNetCore.DataProtection;
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
                ["Security:RateLimits:OrdersPerAddress"] = "1000",
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

            // The ten holders order and pay (the checkout page's own service, as each holder's visitor): ten sold,
            // none oversold, nothing left for anyone else.
            var holders = buyers.Where((_, i) => results[i].Response.StatusCode == HttpStatusCode.Redirect).ToList();
            var paid = await Task.WhenAll(holders.Select(h => OrderAndPayAsync(app, h)));
            Assert.Equal(SeatsLeft, paid.Distinct().Count());
            Assert.Equal(SeatsLeft, stats.Count(SandboxDemoIds.DemoClient, "order.create"));
            using (var store = app.Services.GetRequiredService<SandboxStore>().Enter(SandboxDemoIds.DemoClient))
            {
                var ours = paid.Select(k => store.Venue.Orders[k]).ToList();
                Assert.All(ours, o => Assert.Equal("paid", o.PaymentStatus));
                var sold = ours.SelectMany(o => o.Lines)
                    .Where(l => l.Seat.Claim?.Order is not null)
                    .ToList();
                Assert.Equal(SeatsLeft, sold.Count);
                Assert.Equal(SeatsLeft, sold.Select(l => l.Seat).Distinct().Count());
            }

            // A late buyer (the programme may still be cached as available) is refused by VdM: nothing was oversold.
            using var late = new ShopBrowser(app);
            var latePage = await late.PageAsync(url);
            if (latePage.QuerySelector("[data-testid=event-sold-out]") is null)
            {
                var (refusedLate, body) = await late.PostFormAsync(url, latePage, ShopBrowser.FirstQuantity("1"));
                Assert.Equal(HttpStatusCode.OK, refusedLate.StatusCode);
                Assert.NotNull(ShopBrowser.Parse(body).QuerySelector("[data-testid=ticket-type-error], [data-testid=add-to-cart-error]"));
            }
        }
        finally
        {
            buyers.ForEach(b => b.Dispose());
        }
    }

    private static async Task<string> OrderAndPayAsync(CheckoutWebFactory app, ShopBrowser holder)
    {
        var cookie = holder.Cookies.GetAllCookies().Single(c => c.Name == "checkout.visitor.default");
        var visitorId = app.Services.GetRequiredService<IDataProtectionProvider>().CreateProtector("Checkout.Visitor.v1")
            .Unprotect(Uri.UnescapeDataString(cookie.Value))["default:".Length..];
        await using var scope = app.Services.CreateAsyncScope();
        scope.ServiceProvider.GetRequiredService<CurrentClient>().Set("default");
        scope.ServiceProvider.GetRequiredService<CurrentVisitor>().Set(visitorId);
        var buyer = new Buyer { Email = "koper@example.nl", FirstName = "Kim", LastName = "de Koper" };
        var placed = await scope.ServiceProvider.GetRequiredService<CheckoutService>()
            .PlaceOrderAsync(buyer, SandboxDemoIds.Ideal, new Uri("https://shop.example.nl/order/return"), TestContext.Current.CancellationToken);
        var order = placed.Order ?? throw new InvalidOperationException($"{placed.Problem}: {placed.Message}");

        using var pay = await PaymentSimulator.ChooseAsync(order.PaymentUrl.ToString(), "pay");
        Assert.Equal(HttpStatusCode.SeeOther, pay.StatusCode);
        return order.OrderKey;
    }
}
