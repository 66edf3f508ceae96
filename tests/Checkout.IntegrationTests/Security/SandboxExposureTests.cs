using System.Net;
using System.Net.Http.Json;
using Checkout.IntegrationTests.Infrastructure;
using Checkout.IntegrationTests.Orders;
using Checkout.IntegrationTests.Sandbox;
using Checkout.Sandbox;
using Checkout.Sandbox.Hosting;
using Checkout.VoordeMensen;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace Checkout.IntegrationTests.Security;

/// <summary>
/// Issue 16.5: a public demo on the embedded sandbox. Its API, with keys printed in appsettings.json, exported every
/// demo buyer's name, e-mail, phone and address to anyone. Outside Development the API answers only the shop on this
/// machine, and the keys are random per process unless configured; the payment pages a browser opens stay public.
/// </summary>
public sealed class SandboxExposureTests
{
    private const string Visitor = "203.0.113.7";
    private static readonly string KnownCustomer = $"/sandbox/v1/demo/peppered/customer/{SandboxDemoIds.KnownCustomer}";

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Theory]
    [InlineData("GET", "/sandbox/v1/demo/peppered/customer/801")]
    [InlineData("POST", "/sandbox/v1/demo/peppered/export/customers")]
    [InlineData("GET", "/sandbox/v1/demo/peppered/order")]
    [InlineData("GET", "/sandbox/v1/demo/events")]
    [InlineData("POST", "/sandbox/v1/demo/cart")]
    [InlineData("GET", "/sandbox/tickets/api/demo/payment/AAAAA-BBBBB-CCCCC-DDDDD")]
    public async Task A_visitor_through_a_proxy_gets_nothing_from_the_sandbox_api_even_with_the_demo_key(string method, string path)
    {
        using var app = new CheckoutWebFactory();
        using var request = Request(method, path);
        request.Headers.Add("X-Forwarded-For", Visitor);

        using var response = await Client(app).SendAsync(request, Ct);
        var body = await response.Content.ReadAsStringAsync(Ct);

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.DoesNotContain(SandboxDemoIds.KnownCustomerEmail, body, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public async Task A_visitor_named_by_the_operators_trusted_proxy_is_refused_too()
    {
        using var app = new CheckoutWebFactory { Settings = new Dictionary<string, string?> { ["ForwardedHeaders:KnownProxies:0"] = "127.0.0.1" } };
        using var request = Request("GET", KnownCustomer);
        request.Headers.Add("X-Forwarded-For", Visitor);

        using var response = await Client(app).SendAsync(request, Ct);

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }

    [Fact]
    public async Task The_shop_on_this_machine_still_reaches_its_sandbox()
    {
        using var app = new CheckoutWebFactory();

        using var response = await Client(app).SendAsync(Request("GET", KnownCustomer), Ct);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains(SandboxDemoIds.KnownCustomerEmail, await response.Content.ReadAsStringAsync(Ct), StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public async Task The_payment_page_and_tickets_stay_public()
    {
        using var app = new CheckoutWebFactory();
        var (key, paymentUrl) = await EmbeddedSandboxOrders.PlaceAsync(Client(app), SandboxDemoIds.ReservedSeating, 1);
        using (var paid = await PaymentSimulator.ChooseAsync(paymentUrl, "pay"))
        {
            Assert.Equal(HttpStatusCode.SeeOther, paid.StatusCode);
        }

        foreach (var path in new[] { new Uri(paymentUrl).AbsolutePath, $"/sandbox/tickets/demo/order/{key}/ticket", $"/sandbox/tickets/demo/order/{key}/receipt" })
        {
            using var request = Request("GET", path);
            request.Headers.Add("X-Forwarded-For", Visitor);
            using var response = await Client(app).SendAsync(request, Ct);
            Assert.True(response.StatusCode == HttpStatusCode.OK, $"{path} answered {(int)response.StatusCode}.");
        }
    }

    [Fact]
    public async Task Development_keeps_the_sandbox_api_open_for_local_tools()
    {
        using var app = new CheckoutWebFactory { Environment = "Development" };
        using var request = Request("GET", "/sandbox/v1/demo/events");
        request.Headers.Add("X-Forwarded-For", Visitor);

        using var response = await Client(app).SendAsync(request, Ct);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    [Fact]
    public async Task Without_configured_keys_the_published_demo_key_opens_nothing_and_the_shop_uses_a_random_one()
    {
        using var app = new CheckoutWebFactory { Demo = false };
        using var other = new CheckoutWebFactory { Demo = false };

        using var response = await Client(app).SendAsync(Request("GET", KnownCustomer), Ct);
        var methods = await app.Services.GetRequiredService<IVoordeMensenClients>().For("default").Peppered.GetPaymentMethodsAsync(Ct);

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.NotEmpty(methods);
        var key = SandboxKey(app);
        Assert.Equal(64, key.Length);
        Assert.NotEqual(key, SandboxKey(other));
    }

    private static string SandboxKey(CheckoutWebFactory app)
    {
        app.CreateClient().Dispose();
        return app.Services.GetRequiredService<IOptions<SandboxOptions>>().Value.Clients[SandboxDemoIds.DemoClient].ApiKey;
    }

    /// <summary>Authorized with the demo's published key, as anyone who read the repository could.</summary>
    private static HttpRequestMessage Request(string method, string path)
    {
        var request = new HttpRequestMessage(new HttpMethod(method), path);
        request.Headers.TryAddWithoutValidation("Authorization", "sandbox-demo-key");
        if (method == "POST")
        {
            request.Content = JsonContent.Create(new { });
        }

        return request;
    }

    private static HttpClient Client(CheckoutWebFactory app) => app.CreateClient();
}
