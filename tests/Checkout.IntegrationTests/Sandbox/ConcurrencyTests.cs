using System.Net;
using Checkout.Sandbox;

namespace Checkout.IntegrationTests.Sandbox;

public sealed class ConcurrencyTests
{
    [Fact]
    public async Task Fifty_parallel_buyers_for_the_last_ten_seats_sell_exactly_ten()
    {
        await using var host = await SandboxHost.StartAsync();
        var discount = await host.FirstDiscountId(SandboxDemoIds.TenSeatsLeft);
        Assert.Equal(10, await host.EventFree(SandboxDemoIds.TenSeatsLeft));

        var attempts = await Task.WhenAll(Enumerable.Range(0, 50).Select(async buyer =>
        {
            using var response = await host.AddTickets($"buyer{buyer}", SandboxDemoIds.TenSeatsLeft, 1, discount);
            return (response.StatusCode, Body: await SandboxHost.Read(response));
        }));

        Assert.Equal(10, attempts.Count(a => a.StatusCode == HttpStatusCode.OK));
        var refused = attempts.Where(a => a.StatusCode != HttpStatusCode.OK).ToList();
        Assert.Equal(40, refused.Count);
        Assert.All(refused, r =>
        {
            Assert.Equal(HttpStatusCode.Conflict, r.StatusCode);
            Assert.Equal("Not enough tickets available", r.Body.GetProperty("message").GetString());
        });
        Assert.Equal(0, await host.EventFree(SandboxDemoIds.TenSeatsLeft));
        var held = attempts.Where(a => a.StatusCode == HttpStatusCode.OK).Select(a => a.Body[0].GetProperty("seat_id").GetString()).ToHashSet();
        Assert.Equal(10, held.Count);
    }
}
