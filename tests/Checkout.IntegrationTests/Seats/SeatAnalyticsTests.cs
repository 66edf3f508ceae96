using System.Net;
using System.Text.Json;
using AngleSharp.Dom;
using Checkout.IntegrationTests.Embedding;
using Checkout.IntegrationTests.Infrastructure;
using Checkout.Sandbox;
using static Checkout.Sandbox.SandboxDemoSeats;

namespace Checkout.IntegrationTests.Seats;

/// <summary>
/// Chosen seats added in the venue's frame tell the venue page as best available does (docs/embedding.md): one
/// add_to_cart, its items the seats' ticket lines, handed over by the next basket counter; a top-level add tells nobody.
/// </summary>
public sealed class SeatAnalyticsTests(CheckoutWebFactory factory) : IClassFixture<CheckoutWebFactory>
{
    private const string Seats = "/event/1001/seats";

    [Fact]
    public async Task Seats_chosen_in_the_frame_give_one_add_to_cart_with_the_seats_ticket_lines()
    {
        using var shopper = new VenueShopper(factory);
        await shopper.Browser.GetAsync("/cart");
        var page = await shopper.Browser.FormPageAsync(Seats);

        var response = await PostSeatsAsync(shopper, page, framed: true, SeatChoiceTests.Seat(page, DemoStalls, DemoWheelchair.Row, DemoWheelchair.Seat));
        var (_, counter) = await shopper.CounterAsync();
        var (_, next) = await shopper.CounterAsync();

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal(2, VenueShopper.CountOf(counter));
        var message = Assert.Single(VenueShopper.EventsOf(counter));
        using var json = JsonDocument.Parse(message);
        var root = json.RootElement;
        Assert.Equal(1, root.GetProperty("v").GetInt32());
        Assert.Equal("add_to_cart", root.GetProperty("type").GetString());
        Assert.Equal("EUR", root.GetProperty("currency").GetString());
        var items = root.GetProperty("items").EnumerateArray().ToList();
        // The wheelchair place and its companion seat: two ticket lines of performance 1001.
        Assert.Equal(2, items.Sum(i => i.GetProperty("quantity").GetInt32()));
        Assert.All(items, i => Assert.Equal(SandboxDemoIds.ReservedSeating, i.GetProperty("performance").GetInt32()));
        Assert.All(items, i => Assert.Contains("Hamlet", i.GetProperty("performance_name").GetString(), StringComparison.Ordinal));
        Assert.All(items, i => Assert.False(string.IsNullOrEmpty(i.GetProperty("ticket_type").GetString())));
        Assert.Equal(items.Sum(i => i.GetProperty("quantity").GetInt32() * i.GetProperty("price").GetDecimal()), root.GetProperty("value").GetDecimal());
        Assert.True(root.GetProperty("value").GetDecimal() > 0);
        Assert.DoesNotContain(shopper.VisitorId, message, StringComparison.Ordinal);
        Assert.Empty(VenueShopper.EventsOf(next));
    }

    [Fact]
    public async Task Seats_chosen_in_the_shop_itself_tell_no_venue_page()
    {
        using var shopper = new VenueShopper(factory);
        await shopper.Browser.GetAsync("/cart");
        var page = await shopper.Browser.FormPageAsync(Seats);

        var response = await PostSeatsAsync(shopper, page, framed: false, SeatChoiceTests.Seat(page, DemoStalls, 5, 5));
        var (_, counter) = await shopper.CounterAsync();

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal(1, VenueShopper.CountOf(counter));
        Assert.Empty(VenueShopper.EventsOf(counter));
    }

    private static async Task<HttpResponseMessage> PostSeatsAsync(VenueShopper shopper, IDocument page, bool framed, params string[] seatIds)
    {
        var fields = page.QuerySelector("form[method=post]")!.QuerySelectorAll("input[name]")
            .Select(i => new KeyValuePair<string, string>(i.GetAttribute("name")!, i.GetAttribute("value") ?? ""))
            .Where(f => f.Key != "seat")
            .Concat(seatIds.Select(id => new KeyValuePair<string, string>("seat", id)))
            .ToList();
        using var request = new HttpRequestMessage(HttpMethod.Post, Seats) { Content = new FormUrlEncodedContent(fields) };
        if (framed)
        {
            request.Headers.Add("Sec-Fetch-Dest", "iframe");
        }

        return (await shopper.Browser.SendAsync(request)).Response;
    }
}
