using System.Net.Http.Json;
using System.Text.Json;

namespace Checkout.IntegrationTests.Sandbox;

/// <summary>The public buying steps, as the web app's client performs them.</summary>
internal static class SandboxFlows
{
    public const string ReturnUrl = "https://shop.example.nl/return?step=done";

    /// <summary>A return URL on the sandbox's own origin, as the shop that embeds it sends (the simulator goes back only there).</summary>
    public static string OwnReturnUrl(this SandboxHost host, string hostName = "127.0.0.1") =>
        new UriBuilder(host.Http.BaseAddress!) { Host = hostName, Path = "/return", Query = "step=done" }.Uri.ToString();

    public static async Task<string> FirstDiscountId(this SandboxHost host, int eventId, string client = "demo")
    {
        var types = await host.GetJson($"v1/{client}/tickettypes/{eventId}");
        return types[0].GetProperty("discount_id").GetString()!;
    }

    public static Task<HttpResponseMessage> AddTickets(this SandboxHost host, string cartId, int eventId, int count, string discountId) =>
        host.Http.PostAsJsonAsync($"v1/demo/cart/{cartId}",
            new { event_id = eventId, numberoftickets = count, discount_id = discountId }, TestContext.Current.CancellationToken);

    public static async Task<int> EventFree(this SandboxHost host, int eventId) =>
        (await host.GetJson($"v1/demo/events/{eventId}"))[0].GetProperty("event_free").GetInt32();

    public static async Task<JsonElement> CreateOrder(this SandboxHost host, string cartId, string redirectUrl = ReturnUrl) =>
        await host.PostJson("v1/demo/order/create", new
        {
            cart_id = cartId, payment_id = 33, redirectURL = redirectUrl, email = "koper@example.nl",
            firstname = "Kim", lastname = "de Koper", phone = "0612345678", address = "Kerkstraat 1",
            city = "Haarlem", zip = "2011 AB", avg_optin = true, avg_mailinglist = false,
        });

    /// <summary>Buys tickets for an event in a new cart and creates the order; returns the order key and payment URL.</summary>
    public static async Task<(string Key, string PaymentUrl)> PlaceOrder(this SandboxHost host, int eventId, int count, string redirectUrl = ReturnUrl)
    {
        var cartId = (await host.PostJson("v1/demo/cart", new { })).GetProperty("cart_id").GetString()!;
        using var added = await host.AddTickets(cartId, eventId, count, await host.FirstDiscountId(eventId));
        Assert.Equal(System.Net.HttpStatusCode.OK, added.StatusCode);
        var order = (await host.CreateOrder(cartId, redirectUrl))[0];
        return (order.GetProperty("order_key").GetString()!, order.GetProperty("url").GetString()!);
    }

    public static async Task<string> OrderStatus(this SandboxHost host, string orderKey) =>
        (await host.GetJson($"v1/demo/order/{orderKey}")).GetProperty("order_payment_status").GetString()!;
}
