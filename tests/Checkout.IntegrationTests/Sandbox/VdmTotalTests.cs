using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Checkout.Sandbox;

namespace Checkout.IntegrationTests.Sandbox;

/// <summary>The seeded cases where VdM's cart total is not the sum of the seat prices, on the wire.</summary>
public sealed class VdmTotalTests
{
    [Fact]
    public async Task Four_tickets_of_the_group_performance_get_the_group_discount_in_totalprice_not_in_the_seat_prices()
    {
        await using var host = await SandboxHost.StartAsync();
        var standaard = await host.FirstDiscountId(SandboxDemoIds.GroupDiscount);

        var three = await Added(host, "group", SandboxDemoIds.GroupDiscount, 3, standaard);
        Assert.Equal("67.50", three[3].GetProperty("totalprice").GetString());

        var four = await Added(host, "group", SandboxDemoIds.GroupDiscount, 1, standaard);
        Assert.Equal(5, four.GetArrayLength());
        Assert.All(four.EnumerateArray().Take(4), item => Assert.Equal("22.50", item.GetProperty("seat_price").GetString()));
        Assert.Equal("81.00", four[4].GetProperty("totalprice").GetString());
        var summary = await new PepperedClient(host).Get("cart/group/summary");
        Assert.Equal(81.00m, summary.GetProperty("amount").GetDecimal());
    }

    [Fact]
    public async Task The_order_amount_and_discount_name_follow_vdms_total()
    {
        await using var host = await SandboxHost.StartAsync();
        var (key, _) = await host.PlaceOrder(SandboxDemoIds.GroupDiscount, 4);

        var order = (await new PepperedClient(host).Get("order")).EnumerateArray().Single(o => o.GetProperty("orderKey").GetString() == key);

        Assert.Equal(81.00m, order.GetProperty("amount").GetDecimal());
        Assert.Equal("Groepskorting", order.GetProperty("discountName").GetString());
    }

    [Theory]
    [InlineData(2, "36.75")]
    [InlineData(3, "55.13")]
    public async Task The_rounding_performance_rounds_its_total_once_while_each_seat_price_is_rounded(int tickets, string total)
    {
        await using var host = await SandboxHost.StartAsync();
        var stadspas = (await host.GetJson($"v1/demo/tickettypes/{SandboxDemoIds.RoundedTotal}")).EnumerateArray()
            .Single(t => t.GetProperty("discount_name").GetString() == "Stadspas");
        Assert.Equal("18.38", stadspas.GetProperty("discounted_price").GetString());

        var cart = await Added(host, "rounded", SandboxDemoIds.RoundedTotal, tickets, stadspas.GetProperty("discount_id").GetString()!);

        Assert.All(cart.EnumerateArray().Take(tickets), item => Assert.Equal("18.38", item.GetProperty("seat_price").GetString()));
        Assert.Equal(total, cart[tickets].GetProperty("totalprice").GetString());
    }

    [Fact]
    public async Task Every_other_demo_performance_still_totals_the_sum_of_its_seat_prices()
    {
        await using var host = await SandboxHost.StartAsync();
        var standaard = await host.FirstDiscountId(SandboxDemoIds.ReservedSeating);

        var cart = await Added(host, "plain", SandboxDemoIds.ReservedSeating, 4, standaard);

        var sum = cart.EnumerateArray().Take(4).Sum(i => decimal.Parse(i.GetProperty("seat_price").GetString()!, System.Globalization.CultureInfo.InvariantCulture));
        Assert.Equal(sum.ToString("0.00", System.Globalization.CultureInfo.InvariantCulture), cart[4].GetProperty("totalprice").GetString());
    }

    private static async Task<JsonElement> Added(SandboxHost host, string cartId, int eventId, int count, string discountId)
    {
        using var response = await host.Http.PostAsJsonAsync($"v1/demo/cart/{cartId}",
            new { event_id = eventId, numberoftickets = count, discount_id = discountId }, TestContext.Current.CancellationToken);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return await SandboxHost.Read(response);
    }
}
