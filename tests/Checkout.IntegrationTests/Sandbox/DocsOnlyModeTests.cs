using System.Net;
using System.Net.Http.Json;
using Checkout.Sandbox;

namespace Checkout.IntegrationTests.Sandbox;

/// <summary>
/// Sandbox:DocsOnly switches off each behaviour VdM does not document (docs/vdm-assumptions.md); every test shows the
/// demo behaviour and the documented-only one side by side on the wire.
/// </summary>
public sealed class DocsOnlyModeTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private static Task<SandboxHost> Start(bool docsOnly) =>
        SandboxHost.StartAsync(new() { ["Sandbox:DocsOnly"] = docsOnly ? "true" : "false" });

    [Theory]
    [InlineData(false, HttpStatusCode.OK)]
    [InlineData(true, HttpStatusCode.NotFound)]
    public async Task A_public_cart_id_is_a_peppered_cart_only_in_the_demo(bool docsOnly, HttpStatusCode expected)
    {
        await using var host = await Start(docsOnly);
        var cartId = (await host.PostJson("v1/demo/cart", new { })).GetProperty("cart_id").GetString()!;
        using var added = await host.AddTickets(cartId, SandboxDemoIds.ReservedSeating, 1, await host.FirstDiscountId(SandboxDemoIds.ReservedSeating));
        var peppered = new PepperedClient(host);

        using var summary = await peppered.Send(HttpMethod.Get, $"cart/{cartId}/summary");
        using var donation = await peppered.Send(HttpMethod.Post, $"cart/{cartId}", new[] { new { priceId = "donation", rankId = 0, amount = 5.00m } });

        Assert.Equal(expected, summary.StatusCode);
        Assert.Equal(expected, donation.StatusCode);
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public async Task A_public_order_is_linked_to_a_customer_by_email_only_in_the_demo(bool docsOnly)
    {
        await using var host = await Start(docsOnly);
        var peppered = new PepperedClient(host);
        var customersBefore = (await peppered.Post("export/customers")).GetArrayLength();
        var (key, _) = await host.PlaceOrder(SandboxDemoIds.ReservedSeating, 1);

        var order = (await peppered.Get("order")).EnumerateArray().Single(o => o.GetProperty("orderKey").GetString() == key);
        var export = (await peppered.Post("export/orders")).EnumerateArray().Single(o => o.GetProperty("orderKey").GetString() == key);
        var customersAfter = (await peppered.Post("export/customers")).GetArrayLength();

        if (docsOnly)
        {
            Assert.Equal(System.Text.Json.JsonValueKind.Null, order.GetProperty("customerId").ValueKind);
            Assert.Equal(System.Text.Json.JsonValueKind.Null, export.GetProperty("user").ValueKind);
            Assert.Equal(customersBefore, customersAfter);
        }
        else
        {
            Assert.Equal("koper@example.nl", export.GetProperty("user").GetProperty("email").GetString());
            Assert.Equal(customersBefore + 1, customersAfter);
        }
    }

    [Theory]
    [InlineData(false, "cancelled", "cancel", 10)]
    [InlineData(true, "pending", "res", 6)]
    public async Task An_unpaid_order_is_cancelled_by_the_clock_only_in_the_demo(bool docsOnly, string paymentStatus, string orderStatus, int eventFree)
    {
        await using var host = await Start(docsOnly);
        var (key, _) = await host.PlaceOrder(SandboxDemoIds.TenSeatsLeft, 4);

        host.Time.Advance(TimeSpan.FromHours(2));

        Assert.Equal(paymentStatus, await host.OrderStatus(key));
        var order = (await new PepperedClient(host).Get("order")).EnumerateArray().Single(o => o.GetProperty("orderKey").GetString() == key);
        Assert.Equal(orderStatus, order.GetProperty("orderStatus").GetString());
        Assert.Equal(eventFree, await host.EventFree(SandboxDemoIds.TenSeatsLeft));
    }

    [Fact]
    public async Task Docs_only_knows_only_the_carts_it_created_until_their_hold_ends()
    {
        await using var host = await Start(docsOnly: true);
        var discount = await host.FirstDiscountId(SandboxDemoIds.TenSeatsLeft);

        using var get = await host.Http.GetAsync("v1/demo/cart/mysession123", Ct);
        using var add = await host.AddTickets("mysession123", SandboxDemoIds.TenSeatsLeft, 1, discount);
        using var remove = await host.Http.DeleteAsync("v1/demo/cart/mysession123/abc", Ct);

        Assert.Equal([HttpStatusCode.NotFound, HttpStatusCode.NotFound, HttpStatusCode.NotFound], [get.StatusCode, add.StatusCode, remove.StatusCode]);
        Assert.Equal(10, await host.EventFree(SandboxDemoIds.TenSeatsLeft));
        var created = (await host.PostJson("v1/demo/cart", new { })).GetProperty("cart_id").GetString()!;
        using var held = await host.AddTickets(created, SandboxDemoIds.TenSeatsLeft, 1, discount);
        Assert.Equal(HttpStatusCode.OK, held.StatusCode);

        host.Time.Advance(TimeSpan.FromMinutes(15));

        using var expired = await host.Http.GetAsync($"v1/demo/cart/{created}", Ct);
        Assert.Equal(HttpStatusCode.NotFound, expired.StatusCode);
        Assert.Equal(10, await host.EventFree(SandboxDemoIds.TenSeatsLeft));
    }

    [Theory]
    [InlineData(SandboxDemoIds.SoldOut, 1, 409, "Not enough tickets available")]
    [InlineData(SandboxDemoIds.NoSale, 1, 422, "Event is not for sale")]
    [InlineData(SandboxDemoIds.TenSeatsLeft, 11, 422, "Maximum number of tickets per order exceeded (10)")]
    [InlineData(999999, 1, 404, "sub_event not found")]
    public async Task Refusals_carry_our_codes_and_texts_only_in_the_demo(int eventId, int count, int demoStatus, string demoMessage)
    {
        foreach (var docsOnly in new[] { false, true })
        {
            await using var host = await Start(docsOnly);
            var discount = await host.FirstDiscountId(SandboxDemoIds.ReservedSeating);
            var cartId = (await host.PostJson("v1/demo/cart", new { })).GetProperty("cart_id").GetString()!;

            using var response = await host.Http.PostAsJsonAsync($"v1/demo/cart/{cartId}", new { event_id = eventId, numberoftickets = count, discount_id = discount }, Ct);

            var message = (await SandboxHost.Read(response)).GetProperty("message").GetString();
            Assert.Equal(docsOnly ? 400 : demoStatus, (int)response.StatusCode);
            Assert.Equal(docsOnly ? "The request could not be processed." : demoMessage, message);
        }
    }

    [Theory]
    [InlineData(false, HttpStatusCode.UnprocessableEntity)]
    [InlineData(true, HttpStatusCode.BadRequest)]
    public async Task Order_create_refusals_are_a_generic_400_in_docs_only(bool docsOnly, HttpStatusCode expected)
    {
        await using var host = await Start(docsOnly);
        var cartId = (await host.PostJson("v1/demo/cart", new { })).GetProperty("cart_id").GetString()!;

        using var invalid = await host.Http.PostAsJsonAsync("v1/demo/order/create",
            new { cart_id = cartId, payment_id = 33, redirectURL = SandboxFlows.ReturnUrl, email = "nope", firstname = "A", lastname = "B" }, Ct);
        using var empty = await host.Http.PostAsJsonAsync("v1/demo/order/create",
            new { cart_id = cartId, payment_id = 33, redirectURL = SandboxFlows.ReturnUrl, email = "a@example.nl", firstname = "A", lastname = "B" }, Ct);

        Assert.Equal(expected, invalid.StatusCode);
        Assert.Equal(expected, empty.StatusCode);
        Assert.Equal(docsOnly, !(await SandboxHost.Read(invalid)).TryGetProperty("errors", out _));
    }

    [Theory]
    [InlineData(false, HttpStatusCode.OK)]
    [InlineData(true, HttpStatusCode.NoContent)]
    public async Task Removing_a_ticket_answers_the_cart_only_in_the_demo(bool docsOnly, HttpStatusCode expected)
    {
        await using var host = await Start(docsOnly);
        var cartId = (await host.PostJson("v1/demo/cart", new { })).GetProperty("cart_id").GetString()!;
        using var added = await host.AddTickets(cartId, SandboxDemoIds.TenSeatsLeft, 1, await host.FirstDiscountId(SandboxDemoIds.TenSeatsLeft));
        var seatId = (await SandboxHost.Read(added))[0].GetProperty("seat_id").GetString();

        using var removed = await host.Http.DeleteAsync($"v1/demo/cart/{cartId}/{seatId}", Ct);

        Assert.Equal(expected, removed.StatusCode);
        Assert.Equal(10, await host.EventFree(SandboxDemoIds.TenSeatsLeft));
    }
}
