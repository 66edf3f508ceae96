using System.Net;
using System.Net.Http.Json;
using Checkout.IntegrationTests.Infrastructure;
using Checkout.Sandbox;

namespace Checkout.IntegrationTests.Orders;

/// <summary>
/// The status page of orders the sandbox's admin endpoints put in each VdM order state, read by the app with its
/// Peppered key (payment status from the public status, order state from Peppered's order list).
/// </summary>
public sealed class OrderStatePageTests(OrderStatePageTests.AdminApp app) : IClassFixture<OrderStatePageTests.AdminApp>
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Theory]
    [InlineData("paid", "ord", "paid", "Bedankt voor je bestelling!")]
    [InlineData("paid", "reemit", "reissued", "Bedankt voor je bestelling!")]
    [InlineData("paid", "reissue", "reissued", "Bedankt voor je bestelling!")]
    [InlineData("partial", "ord", "partial", "Je betaling is nog niet compleet")]
    [InlineData("none", "res", "reservation", "Je kaarten zijn gereserveerd")]
    [InlineData("none", "pros", "prospect", "Dit is nog geen bestelling")]
    [InlineData("cancelled", "cancel", "failed", "Je bestelling is niet afgerond")]
    public async Task Each_state_set_at_vdm_gets_its_page(string payment, string state, string outcome, string heading)
    {
        var http = app.CreateClient();
        var (key, _) = await EmbeddedSandboxOrders.PlaceAsync(http, SandboxDemoIds.MultiPerformanceFirst + 6, 1);
        await SetAsync(http, key, "payment-status", payment);
        await SetAsync(http, key, "order-status", state);

        using var response = await http.GetAsync($"/order/{key}", Ct);
        var html = await response.Content.ReadAsStringAsync(Ct);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains($"data-outcome=\"{outcome}\"", html, StringComparison.Ordinal);
        Assert.Equal(heading, HtmlAssert.H1(html));
    }

    [Fact]
    public async Task A_paid_order_the_venue_cancels_later_no_longer_says_thank_you()
    {
        var http = app.CreateClient();
        var (key, paymentUrl) = await EmbeddedSandboxOrders.PlaceAsync(http, SandboxDemoIds.MultiPerformanceFirst + 6, 2);
        using (await http.PostAsync($"{paymentUrl}/pay", null, Ct))
        {
        }

        Assert.Equal("Bedankt voor je bestelling!", HtmlAssert.H1(await http.GetStringAsync($"/order/{key}", Ct)));
        using (var cancel = await http.PostAsync($"/sandbox/admin/orders/demo/{key}/cancel", null, Ct))
        {
            Assert.Equal(HttpStatusCode.NoContent, cancel.StatusCode);
        }

        var html = await http.GetStringAsync($"/order/{key}", Ct);
        Assert.Equal("Deze bestelling is geannuleerd", HtmlAssert.H1(html));
        Assert.Contains("data-payment-status=\"paid\"", html, StringComparison.Ordinal);
        Assert.DoesNotContain("Bedankt", html, StringComparison.Ordinal);
        Assert.DoesNotContain("data-testid=\"order-tickets\"", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_deleted_paid_order_reads_as_not_found()
    {
        var http = app.CreateClient();
        var (key, _) = await EmbeddedSandboxOrders.PlaceAsync(http, SandboxDemoIds.MultiPerformanceFirst + 6, 1);
        await SetAsync(http, key, "payment-status", "paid");
        await SetAsync(http, key, "order-status", "trash");

        using var response = await http.GetAsync($"/order/{key}", Ct);

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Equal("Bestelling niet gevonden", HtmlAssert.H1(await response.Content.ReadAsStringAsync(Ct)));
    }

    private static async Task SetAsync(HttpClient http, string key, string what, string status)
    {
        using var set = await http.PutAsJsonAsync($"/sandbox/admin/orders/demo/{key}/{what}", new { status }, Ct);
        Assert.Equal(HttpStatusCode.NoContent, set.StatusCode);
    }

    /// <summary>The app in Production with the sandbox's admin endpoints switched on for these tests.</summary>
    public sealed class AdminApp : IDisposable
    {
        private readonly CheckoutWebFactory factory = new() { Settings = new Dictionary<string, string?> { ["Sandbox:AdminEndpoints"] = "true" } };

        /// <summary>Redirects are left to the test (the payment simulator sends the browser to the shop's return URL).</summary>
        public HttpClient CreateClient()
        {
            factory.StartServer();
            return new HttpClient(new SocketsHttpHandler { AllowAutoRedirect = false }) { BaseAddress = factory.ClientOptions.BaseAddress };
        }

        public void Dispose() => factory.Dispose();
    }
}
