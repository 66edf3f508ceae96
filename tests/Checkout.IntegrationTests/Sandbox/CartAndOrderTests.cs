using System.Net;
using System.Net.Http.Json;
using Checkout.Sandbox;

namespace Checkout.IntegrationTests.Sandbox;

public sealed class CartAndOrderTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Cart_create_is_201_with_location_and_a_32_char_id()
    {
        await using var host = await SandboxHost.StartAsync();
        using var response = await host.Http.PostAsync("v1/demo/cart/", null, Ct);
        var body = await SandboxHost.Read(response);

        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        WireShape.AssertMatches(ContractExamples.CartCreated, body);
        var cartId = body.GetProperty("cart_id").GetString()!;
        Assert.Matches("^[A-Za-z0-9]{32}$", cartId);
        Assert.EndsWith($"/sandbox/v1/demo/cart/{cartId}", response.Headers.Location!.ToString());
        WireShape.AssertMatches(ContractExamples.EmptyCart, await host.GetJson($"v1/demo/cart/{cartId}"));
    }

    [Fact]
    public async Task Unknown_cart_id_is_an_empty_cart()
    {
        await using var host = await SandboxHost.StartAsync();
        var cart = await host.GetJson("v1/demo/cart/mysession123");

        Assert.Equal(1, cart.GetArrayLength());
        Assert.Equal(0, cart[0].GetProperty("cart").GetInt32());
    }

    [Fact]
    public async Task Adding_returns_one_item_per_ticket_then_the_total()
    {
        await using var host = await SandboxHost.StartAsync();
        using var response = await host.AddTickets("c1", SandboxDemoIds.ReservedSeating, 2, await host.FirstDiscountId(SandboxDemoIds.ReservedSeating));
        var cart = await SandboxHost.Read(response);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(3, cart.GetArrayLength());
        WireShape.AssertMatches(ContractExamples.CartItem, cart[0]);
        WireShape.AssertMatches(ContractExamples.CartItem, cart[1]);
        WireShape.AssertMatches(ContractExamples.CartTotal, cart[2]);
        Assert.Matches(@"^\d\d-\d\d-\d{4}$", cart[0].GetProperty("event_date").GetString());
        Assert.Matches(@"^\d\d:\d\d$", cart[0].GetProperty("event_time").GetString());
        Assert.Equal("65.00", cart[2].GetProperty("totalprice").GetString());
        Assert.Equal("Parket", cart[0].GetProperty("pmp_name").GetString());
    }

    [Fact]
    public async Task Form_posts_are_accepted_like_json()
    {
        await using var host = await SandboxHost.StartAsync();
        var discount = await host.FirstDiscountId(SandboxDemoIds.TenSeatsLeft);
        using var form = new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["event_id"] = SandboxDemoIds.TenSeatsLeft.ToString(), ["numberoftickets"] = "1", ["discount_id"] = discount,
        });
        using var response = await host.Http.PostAsync("v1/demo/cart/formcart", form, Ct);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("0", (await SandboxHost.Read(response))[0].GetProperty("seat_row_nr").GetString());
    }

    [Fact]
    public async Task Delete_returns_the_updated_cart_and_frees_the_seat()
    {
        await using var host = await SandboxHost.StartAsync();
        using var added = await host.AddTickets("c2", SandboxDemoIds.TenSeatsLeft, 1, await host.FirstDiscountId(SandboxDemoIds.TenSeatsLeft));
        var seatId = (await SandboxHost.Read(added))[0].GetProperty("seat_id").GetString();
        Assert.Equal(9, await host.EventFree(SandboxDemoIds.TenSeatsLeft));

        using var deleted = await host.Http.DeleteAsync($"v1/demo/cart/c2/{seatId}", Ct);

        WireShape.AssertMatches(ContractExamples.EmptyCart, await SandboxHost.Read(deleted));
        Assert.Equal(10, await host.EventFree(SandboxDemoIds.TenSeatsLeft));
    }

    [Theory]
    [InlineData(SandboxDemoIds.SoldOut, 1, 409, "Not enough tickets available")]
    [InlineData(SandboxDemoIds.NoSale, 1, 422, "Event is not for sale")]
    [InlineData(SandboxDemoIds.Unpublished, 1, 422, "Event is not for sale")]
    [InlineData(SandboxDemoIds.TenSeatsLeft, 11, 422, "Maximum number of tickets per order exceeded (10)")]
    public async Task Refused_adds_are_vdm_style_errors(int eventId, int count, int status, string message)
    {
        await using var host = await SandboxHost.StartAsync();
        var discount = await host.FirstDiscountId(SandboxDemoIds.ReservedSeating);
        using var response = await host.Http.PostAsJsonAsync("v1/demo/cart/c3", new { event_id = eventId, numberoftickets = count, discount_id = discount }, Ct);

        Assert.Equal(status, (int)response.StatusCode);
        Assert.Equal(message, (await SandboxHost.Read(response)).GetProperty("message").GetString());
    }

    [Fact]
    public async Task Sold_out_nosal_and_unpub_are_listed_but_never_sellable()
    {
        await using var host = await SandboxHost.StartAsync();
        var soldOut = (await host.GetJson($"v1/demo/events/{SandboxDemoIds.SoldOut}"))[0];
        var noSale = (await host.GetJson($"v1/demo/events/{SandboxDemoIds.NoSale}"))[0];
        var unpub = (await host.GetJson($"v1/demo/events/{SandboxDemoIds.Unpublished}"))[0];

        Assert.Equal(0, soldOut.GetProperty("event_free").GetInt32());
        Assert.Equal("nosal", noSale.GetProperty("event_status").GetString());
        Assert.Equal("unpub", unpub.GetProperty("event_status").GetString());
        Assert.Equal(0, (await host.GetJson($"v1/demo/tickettypes/{SandboxDemoIds.NoSale}")).GetArrayLength());
    }

    [Fact]
    public async Task Order_create_returns_an_array_and_moves_the_cart_into_a_pending_order()
    {
        await using var host = await SandboxHost.StartAsync();
        using var added = await host.AddTickets("c4", SandboxDemoIds.ReservedSeating, 2, await host.FirstDiscountId(SandboxDemoIds.ReservedSeating));

        var created = await host.CreateOrder("c4");

        WireShape.AssertMatches(ContractExamples.OrderCreated, created);
        var key = created[0].GetProperty("order_key").GetString()!;
        Assert.Matches("^[A-Za-z0-9]{5}(-[A-Za-z0-9]{5}){3}$", key);
        Assert.Equal($"{host.Http.BaseAddress}pay/{key}", created[0].GetProperty("url").GetString());
        WireShape.AssertMatches(ContractExamples.EmptyCart, await host.GetJson("v1/demo/cart/c4"));
        var status = await host.GetJson($"v1/demo/order/{key}");
        WireShape.AssertMatches(ContractExamples.OrderStatus, status);
        Assert.Equal("pending", status.GetProperty("order_payment_status").GetString());
        Assert.Equal(2, status.GetProperty("order_tickets_nr").GetInt32());
        Assert.Equal($"{host.Http.BaseAddress}tickets/demo/order/{key}/ticket", status.GetProperty("order_tickets_url").GetString());
    }

    [Fact]
    public async Task Order_create_validates_fields_and_refuses_an_empty_cart()
    {
        await using var host = await SandboxHost.StartAsync();
        using var invalid = await host.Http.PostAsJsonAsync("v1/demo/order/create",
            new { cart_id = "x", payment_id = 33, redirectURL = "http://shop.example.nl/return", email = "nope", firstname = "A", lastname = "B" }, Ct);
        using var empty = await host.Http.PostAsJsonAsync("v1/demo/order/create",
            new { cart_id = "never-used", payment_id = 33, redirectURL = "http://localhost:5000/return", email = "a@example.nl", firstname = "A", lastname = "B" }, Ct);

        Assert.Equal(HttpStatusCode.UnprocessableEntity, invalid.StatusCode);
        var errors = (await SandboxHost.Read(invalid)).GetProperty("errors");
        Assert.True(errors.TryGetProperty("email", out _));
        Assert.True(errors.TryGetProperty("redirectURL", out _));
        Assert.Equal(HttpStatusCode.UnprocessableEntity, empty.StatusCode);
        Assert.Equal("Cart is empty", (await SandboxHost.Read(empty)).GetProperty("message").GetString());
    }

    [Fact]
    public async Task Unknown_order_key_is_404()
    {
        await using var host = await SandboxHost.StartAsync();
        using var response = await host.Http.GetAsync("v1/demo/order/AAAAA-BBBBB-CCCCC-DDDDD", Ct);

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Equal("Order not found", (await SandboxHost.Read(response)).GetProperty("message").GetString());
    }
}
