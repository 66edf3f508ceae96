using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Checkout.IntegrationTests.Infrastructure;
using Checkout.Sandbox;

namespace Checkout.IntegrationTests.Security;

/// <summary>An order key is only good at the client that sold it: another venue's status page does not know it.</summary>
public sealed class ForeignOrderKeyTests(CheckoutWebFactory factory) : IClassFixture<CheckoutWebFactory>
{
    private const int FringePerformance = 2101;

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task A_fringe_order_key_on_the_default_clients_status_page_is_not_found()
    {
        factory.StartServer();
        using var http = new HttpClient(new SocketsHttpHandler { UseCookies = false, AllowAutoRedirect = false }) { BaseAddress = factory.ClientOptions.BaseAddress };
        var key = await PlaceFringeOrderAsync(http);

        foreach (var url in new[] { $"/order/{key}", $"/order/return?return={key}" })
        {
            using var foreign = await http.GetAsync(url, Ct);
            Assert.Equal(HttpStatusCode.NotFound, foreign.StatusCode);
            Assert.Contains("data-testid=\"order-not-found\"", await foreign.Content.ReadAsStringAsync(Ct), StringComparison.Ordinal);
        }

        using var own = await http.GetAsync($"/fringe/order/{key}", Ct);
        Assert.Equal(HttpStatusCode.OK, own.StatusCode);
        Assert.Contains("data-payment-status=\"pending\"", await own.Content.ReadAsStringAsync(Ct), StringComparison.Ordinal);
    }

    private static async Task<string> PlaceFringeOrderAsync(HttpClient http)
    {
        var cartId = $"cart{Guid.NewGuid():N}";
        var types = await http.GetFromJsonAsync<JsonElement>($"/sandbox/v1/fringe/tickettypes/{FringePerformance}", Ct);
        using var added = await http.PostAsJsonAsync($"/sandbox/v1/fringe/cart/{cartId}",
            new { event_id = FringePerformance, numberoftickets = 1, discount_id = types[0].GetProperty("discount_id").GetString() }, Ct);
        added.EnsureSuccessStatusCode();
        var methods = await http.GetFromJsonAsync<JsonElement>("/sandbox/v1/fringe/paymentmethods", Ct);
        using var created = await http.PostAsJsonAsync("/sandbox/v1/fringe/order/create", new
        {
            cart_id = cartId, payment_id = methods[0].GetProperty("payment_id").GetInt32(), redirectURL = "https://shop.example.nl/order/return",
            email = "koper@example.nl", firstname = "Kim", lastname = "de Koper",
        }, Ct);
        created.EnsureSuccessStatusCode();
        return (await created.Content.ReadFromJsonAsync<JsonElement>(Ct))[0].GetProperty("order_key").GetString()!;
    }
}
