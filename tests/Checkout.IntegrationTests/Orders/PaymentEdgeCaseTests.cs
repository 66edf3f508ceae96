using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Checkout.IntegrationTests.Infrastructure;
using Checkout.IntegrationTests.Sandbox;
using Checkout.Sandbox;

namespace Checkout.IntegrationTests.Orders;

/// <summary>
/// Payment states the simulator never produces, set through the sandbox's admin control, as a visitor sees them when
/// coming back later through the status link in a fresh browser (no cookies, nothing from the session).
/// </summary>
public sealed class PaymentEdgeCaseTests : IDisposable
{
    // The admin controls are off in Production unless switched on.
    private readonly CheckoutWebFactory factory = new()
    {
        Settings = new Dictionary<string, string?> { ["Sandbox:AdminEndpoints"] = "true" },
    };

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private HttpClient FreshBrowser()
    {
        factory.StartServer();
        return new HttpClient(new SocketsHttpHandler { UseCookies = false, AllowAutoRedirect = false }) { BaseAddress = factory.ClientOptions.BaseAddress };
    }

    [Theory]
    [InlineData("partial", "partial", "deel van de betaling")]
    [InlineData("none", "none", "We bevestigen je betaling")]
    [InlineData("Chargeback", "chargeback", "We kunnen de status van je bestelling niet vaststellen")]
    public async Task A_status_VdM_reports_later_is_shown_as_a_clear_state(string status, string shown, string text)
    {
        using var http = FreshBrowser();
        var (key, _) = await EmbeddedSandboxOrders.PlaceAsync(http, SandboxDemoIds.MultiPerformanceFirst + 5, 1);
        // A regular order (ord): the sandbox's unpaid orders are reservations (res), which have a page of their own.
        await SetOrderStatusAsync(http, key, "ord");
        await SetPaymentStatusAsync(http, key, status);

        using var browser = FreshBrowser();
        using var response = await browser.GetAsync($"/order/return?return={key}", Ct);
        var html = await response.Content.ReadAsStringAsync(Ct);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains($"data-payment-status=\"{shown}\"", html, StringComparison.Ordinal);
        Assert.Contains(text, WebUtility.HtmlDecode(html), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_payment_completed_after_the_hold_expired_shows_the_paid_order_not_a_silent_cancel()
    {
        using var http = FreshBrowser();
        var (key, paymentUrl) = await EmbeddedSandboxOrders.PlaceAsync(http, SandboxDemoIds.MultiPerformanceFirst + 5, 1);
        // The reservation ran out (the simulator cancels it and frees the seats), then VdM books the late payment.
        using (var cancelled = await PaymentSimulator.ChooseAsync(paymentUrl, "cancel"))
        {
            Assert.Equal(HttpStatusCode.SeeOther, cancelled.StatusCode);
        }

        // Booking a payment makes the order a regular one again (as the sandbox's own late payment does); a paid order
        // that stays cancelled is one the venue cancelled (OrderStatePageTests).
        await SetPaymentStatusAsync(http, key, "paid");
        await SetOrderStatusAsync(http, key, "ord");

        using var browser = FreshBrowser();
        using var response = await browser.GetAsync($"/order/{key}", Ct);
        var html = await response.Content.ReadAsStringAsync(Ct);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("data-payment-status=\"paid\"", html, StringComparison.Ordinal);
        Assert.Equal("Bedankt voor je bestelling!", HtmlAssert.H1(html));
    }

    [Fact]
    public async Task The_admin_control_refuses_bad_statuses_and_unknown_orders()
    {
        using var http = FreshBrowser();
        var (key, _) = await EmbeddedSandboxOrders.PlaceAsync(http, SandboxDemoIds.MultiPerformanceFirst + 5, 1);

        using var bad = await http.PutAsJsonAsync($"/sandbox/admin/orders/demo/{key}/payment-status", new { status = "<script>" }, Ct);
        using var missing = await http.PutAsJsonAsync($"/sandbox/admin/orders/demo/{key}/payment-status", new { state = "paid" }, Ct);
        using var unknownOrder = await http.PutAsJsonAsync("/sandbox/admin/orders/demo/Nope1-Nope2-Nope3-Nope4/payment-status", new { status = "paid" }, Ct);
        using var unknownClient = await http.PutAsJsonAsync($"/sandbox/admin/orders/nobody/{key}/payment-status", new { status = "paid" }, Ct);

        Assert.Equal(HttpStatusCode.BadRequest, bad.StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, missing.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, unknownOrder.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, unknownClient.StatusCode);
    }

    public void Dispose() => factory.Dispose();

    private static async Task SetOrderStatusAsync(HttpClient http, string key, string status)
    {
        using var set = await http.PutAsJsonAsync($"/sandbox/admin/orders/demo/{key}/order-status", new { status }, Ct);
        Assert.Equal(HttpStatusCode.NoContent, set.StatusCode);
    }

    private static async Task SetPaymentStatusAsync(HttpClient http, string key, string status)
    {
        using var set = await http.PutAsJsonAsync($"/sandbox/admin/orders/demo/{key}/payment-status", new { status }, Ct);
        Assert.Equal(HttpStatusCode.NoContent, set.StatusCode);
    }
}
