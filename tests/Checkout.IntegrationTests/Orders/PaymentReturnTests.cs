using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Checkout.IntegrationTests.Infrastructure;
using Checkout.IntegrationTests.Sandbox;
using Checkout.Sandbox;

namespace Checkout.IntegrationTests.Orders;

/// <summary>
/// The first response of the status page, as a browser coming back from the payment provider gets it: no cookies,
/// only the URL. The embedded sandbox plays VdM and the provider.
/// </summary>
public sealed class PaymentReturnTests(CheckoutWebFactory factory) : IClassFixture<CheckoutWebFactory>
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    /// <summary>No cookies, and redirects are left to the test (the provider sends the browser to the shop's host).</summary>
    private HttpClient FreshBrowser()
    {
        factory.StartServer();
        return new HttpClient(new SocketsHttpHandler { UseCookies = false, AllowAutoRedirect = false }) { BaseAddress = factory.ClientOptions.BaseAddress };
    }

    [Theory]
    [InlineData("/order/return")]
    [InlineData("/order/return?return=")]
    [InlineData("/order/return?return=Nope1-Nope2-Nope3-Nope4")]
    [InlineData("/order/Nope1-Nope2-Nope3-Nope4")]
    [InlineData("/order/%3Cscript%3E")]
    public async Task A_missing_malformed_or_unknown_key_answers_404_with_the_friendly_page(string url)
    {
        using var response = await FreshBrowser().GetAsync(url, Ct);
        var html = await response.Content.ReadAsStringAsync(Ct);

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Contains("data-testid=\"order-not-found\"", html, StringComparison.Ordinal);
        Assert.Equal("Bestelling niet gevonden", HtmlAssert.H1(html));
        Assert.Equal("Stadsschouwburg De Ster", HtmlAssert.TestIdText(html, "brand-name"));
    }

    [Fact]
    public async Task A_fresh_browser_returning_from_a_payment_sees_its_paid_order()
    {
        var browser = FreshBrowser();
        var (key, paymentUrl) = await EmbeddedSandboxOrders.PlaceAsync(browser, SandboxDemoIds.ReservedSeating, 2);
        using var paid = await PaymentSimulator.ChooseAsync(paymentUrl, "pay");
        var returnUrl = paid.Headers.Location!;
        Assert.Equal($"return={key}", returnUrl.Query.TrimStart('?'));

        using var response = await FreshBrowser().GetAsync(returnUrl.PathAndQuery, Ct);
        var html = await response.Content.ReadAsStringAsync(Ct);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("data-payment-status=\"paid\"", html, StringComparison.Ordinal);
        Assert.Contains($"/order/{key}/ticket", html, StringComparison.Ordinal);
        Assert.Equal("Bedankt voor je bestelling!", HtmlAssert.H1(html));
    }

    [Fact]
    public async Task An_unpaid_order_is_shown_as_being_confirmed_under_both_parameter_names()
    {
        var (key, _) = await EmbeddedSandboxOrders.PlaceAsync(FreshBrowser(), SandboxDemoIds.ReservedSeating, 2);

        foreach (var url in new[] { $"/order/return?response={key}", $"/order/{key}" })
        {
            using var response = await FreshBrowser().GetAsync(url, Ct);
            var html = await response.Content.ReadAsStringAsync(Ct);

            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            Assert.Contains("data-payment-status=\"pending\"", html, StringComparison.Ordinal);
            Assert.Equal("We bevestigen je betaling", HtmlAssert.H1(html));
        }
    }
}
