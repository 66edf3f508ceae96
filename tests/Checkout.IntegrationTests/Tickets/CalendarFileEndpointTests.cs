using System.Net;
using Checkout.IntegrationTests.Infrastructure;
using Checkout.IntegrationTests.Orders;
using Checkout.Sandbox;
using Checkout.Web.Features.Cart;
using Checkout.Web.Features.Orders;
using Microsoft.Extensions.DependencyInjection;

namespace Checkout.IntegrationTests.Tickets;

/// <summary>
/// order/{key}/calendar/{performance}.ics over HTTP, against the embedded sandbox: the file for an order this shop
/// placed, with the sandbox's hall address; 404 for keys, performances and clients it does not belong to.
/// </summary>
public sealed class CalendarFileEndpointTests(CheckoutWebFactory factory) : IClassFixture<CheckoutWebFactory>
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private HttpClient Browser()
    {
        factory.StartServer();
        return new HttpClient(new SocketsHttpHandler { UseCookies = false, AllowAutoRedirect = false }) { BaseAddress = factory.ClientOptions.BaseAddress };
    }

    /// <summary>A paid sandbox order for the 10-seats-left cabaret, remembered as if this shop had placed it.</summary>
    private async Task<string> PlacedOrderAsync(HttpClient browser)
    {
        var (key, paymentUrl) = await EmbeddedSandboxOrders.PlaceAsync(browser, SandboxDemoIds.TenSeatsLeft, 2);
        using var paid = await browser.PostAsync($"{paymentUrl}/pay", null, Ct);
        var lines = Enumerable.Range(1, 2).Select(i => new HeldTicket
        {
            SeatId = $"s{i}", EventId = SandboxDemoIds.TenSeatsLeft, EventName = "Alles Komt Goed", LocationName = "De Ster Kleine Zaal",
            Price = 24.50m, DiscountName = "Standaard",
        }).ToList();
        await factory.Services.GetRequiredService<OrderAttemptStore>().SaveAsync("default", key,
            new OrderAttempt(TicketSelection.From(new HeldCart(lines, 49m)), lines, DateTimeOffset.UtcNow), Ct);
        return key;
    }

    [Fact]
    public async Task An_order_placed_here_gets_an_ics_file_per_performance_with_the_halls_address()
    {
        var browser = Browser();
        var key = await PlacedOrderAsync(browser);

        using var response = await browser.GetAsync($"/order/{key}/calendar/{SandboxDemoIds.TenSeatsLeft}.ics", Ct);
        var text = await response.Content.ReadAsStringAsync(Ct);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/calendar", response.Content.Headers.ContentType!.MediaType);
        Assert.Equal("utf-8", response.Content.Headers.ContentType.CharSet);
        Assert.Equal("attachment", response.Content.Headers.ContentDisposition!.DispositionType);
        Assert.StartsWith("alles-komt-goed-", response.Content.Headers.ContentDisposition.FileName!.Trim('"'), StringComparison.Ordinal);
        Assert.Contains("no-store", response.Headers.CacheControl!.ToString(), StringComparison.Ordinal);
        Assert.StartsWith("BEGIN:VCALENDAR\r\nVERSION:2.0\r\n", text, StringComparison.Ordinal);
        Assert.Contains("\r\nSUMMARY:Alles Komt Goed\r\n", text, StringComparison.Ordinal);
        Assert.Contains("\r\nDTSTART;TZID=Europe/Amsterdam:", text, StringComparison.Ordinal);
        Assert.Contains("T203000\r\n", text, StringComparison.Ordinal);
        Assert.Contains("LOCATION:De Ster Kleine Zaal\\, Sterrenplein 1\\, 2011 AA Haarlem\r\n", text.Replace("\r\n ", "", StringComparison.Ordinal), StringComparison.Ordinal);
        Assert.Contains($"URL:{factory.ClientOptions.BaseAddress}order/{key}\r\n", text.Replace("\r\n ", "", StringComparison.Ordinal), StringComparison.Ordinal);
        Assert.Contains("2 × Standaard", text.Replace("\r\n ", "", StringComparison.Ordinal), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("/order/{key}/calendar/1022.ics")]
    [InlineData("/order/Nope1-Nope2-Nope3-Nope4/calendar/1021.ics")]
    [InlineData("/fringe/order/{key}/calendar/1021.ics")]
    public async Task Other_performances_unknown_keys_and_another_clients_shop_get_nothing(string path)
    {
        // Attack: the calendar of an order read through another venue's shop, or of a performance not in the order.
        var browser = Browser();
        var key = await PlacedOrderAsync(browser);

        using var response = await browser.GetAsync(path.Replace("{key}", key, StringComparison.Ordinal), Ct);

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.DoesNotContain("BEGIN:VCALENDAR", await response.Content.ReadAsStringAsync(Ct), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("/my-tickets", "Stadsschouwburg De Ster", "Mijn kaarten")]
    [InlineData("/fringe/my-tickets", "Fringe Festival Utrecht", "My tickets")]
    public async Task My_tickets_answers_under_every_client_with_the_code_step(string path, string brand, string title)
    {
        using var response = await Browser().GetAsync(path, Ct);
        var html = await response.Content.ReadAsStringAsync(Ct);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(title, HtmlAssert.H1(html));
        Assert.Equal(brand, HtmlAssert.TestIdText(html, "brand-name"));
        Assert.Contains("data-testid=\"my-tickets\"", html, StringComparison.Ordinal);
        Assert.Contains("data-testid=\"customer-lookup-email\"", html, StringComparison.Ordinal);
    }
}
