using System.Net.Http.Json;
using System.Text.Json;
using Checkout.Sandbox;

namespace Checkout.IntegrationTests.Orders;

/// <summary>
/// Orders placed straight at the app's embedded sandbox (as VdM would hold them), for status-page tests. They return to
/// the app's own status page, as the shop's orders do: the payment simulator redirects nowhere else.
/// </summary>
internal static class EmbeddedSandboxOrders
{
    /// <param name="app">A client rooted at the app; the sandbox answers under /sandbox.</param>
    public static async Task<(string Key, string PaymentUrl)> PlaceAsync(HttpClient app, int eventId, int count)
    {
        var ct = TestContext.Current.CancellationToken;
        var cartId = $"cart{Guid.NewGuid():N}";
        var types = await app.GetFromJsonAsync<JsonElement>($"/sandbox/v1/demo/tickettypes/{eventId}", ct);
        using var added = await app.PostAsJsonAsync($"/sandbox/v1/demo/cart/{cartId}",
            new { event_id = eventId, numberoftickets = count, discount_id = types[0].GetProperty("discount_id").GetString() }, ct);
        added.EnsureSuccessStatusCode();
        using var created = await app.PostAsJsonAsync("/sandbox/v1/demo/order/create", new
        {
            cart_id = cartId, payment_id = SandboxDemoIds.Ideal, redirectURL = new Uri(app.BaseAddress!, "/order/return").ToString(),
            email = "koper@example.nl", firstname = "Kim", lastname = "de Koper",
        }, ct);
        created.EnsureSuccessStatusCode();
        var order = (await created.Content.ReadFromJsonAsync<JsonElement>(ct))[0];
        return (order.GetProperty("order_key").GetString()!, order.GetProperty("url").GetString()!);
    }
}
