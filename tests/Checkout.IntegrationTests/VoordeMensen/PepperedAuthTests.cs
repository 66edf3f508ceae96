using System.Text;
using Checkout.VoordeMensen;

namespace Checkout.IntegrationTests.VoordeMensen;

public sealed class PepperedAuthTests
{
    [Fact]
    public async Task Raw_style_sends_the_key_as_the_whole_Authorization_value()
    {
        using var host = VdmTestHost.Create(VdmTestHost.DefaultSettings("Raw"));
        host.Stub.OnJson("GET", "/v1/demo/peppered/paymentmethods", PepperedContractExamples.PepperedPaymentMethods);

        await host.Default.Peppered.GetPaymentMethodsAsync(TestContext.Current.CancellationToken);

        Assert.Equal(VdmTestHost.DemoKey, Assert.Single(host.Stub.Requests).Authorization);
    }

    [Fact]
    public async Task Basic_style_sends_the_key_as_user_name_with_an_empty_password()
    {
        using var host = VdmTestHost.Create(VdmTestHost.DefaultSettings("Basic"));
        host.Stub.OnJson("GET", "/v1/demo/peppered/paymentmethods", PepperedContractExamples.PepperedPaymentMethods);

        await host.Default.Peppered.GetPaymentMethodsAsync(TestContext.Current.CancellationToken);

        var expected = "Basic " + Convert.ToBase64String(Encoding.UTF8.GetBytes(VdmTestHost.DemoKey + ":"));
        Assert.Equal(expected, Assert.Single(host.Stub.Requests).Authorization);
    }

    [Fact]
    public async Task Each_client_uses_its_own_name_and_key_and_public_calls_stay_anonymous()
    {
        using var host = VdmTestHost.Create();
        host.Stub
            .OnJson("GET", "/v1/demo/peppered/hall", PepperedContractExamples.PepperedHalls)
            .OnJson("GET", "/v1/fringe/peppered/hall", PepperedContractExamples.PepperedHalls)
            .OnJson("GET", "/v1/fringe/paymentmethods", PublicContractExamples.PaymentMethods);

        await host.Clients.For("default").Peppered.GetHallsAsync(TestContext.Current.CancellationToken);
        await host.Clients.For("fringe").Peppered.GetHallsAsync(TestContext.Current.CancellationToken);
        await host.Clients.For("fringe").Public.GetPaymentMethodsAsync(TestContext.Current.CancellationToken);

        Assert.Equal(VdmTestHost.DemoKey, Assert.Single(host.Stub.RequestsTo("GET", "/v1/demo/peppered/hall")).Authorization);
        Assert.Equal(VdmTestHost.FringeKey, Assert.Single(host.Stub.RequestsTo("GET", "/v1/fringe/peppered/hall")).Authorization);
        Assert.Null(Assert.Single(host.Stub.RequestsTo("GET", "/v1/fringe/paymentmethods")).Authorization);
    }

    [Fact]
    public async Task Without_a_key_Peppered_calls_fail_as_Unauthorized_before_sending()
    {
        var settings = VdmTestHost.DefaultSettings();
        settings["VoordeMensen:ApiKey"] = "";
        using var host = VdmTestHost.Create(settings);

        var error = await Assert.ThrowsAsync<VoordeMensenException>(
            () => host.Default.Peppered.GetHallsAsync(TestContext.Current.CancellationToken));

        Assert.Equal(VdmErrorKind.Unauthorized, error.Kind);
        Assert.Contains("VoordeMensen:ApiKey", error.Message, StringComparison.Ordinal);
        Assert.Empty(host.Stub.Requests);
    }

    [Fact]
    public async Task A_rejected_key_is_Unauthorized_and_the_key_appears_in_no_message_or_log()
    {
        using var host = VdmTestHost.Create();
        host.Stub.On("GET", "/v1/demo/peppered/order/12345", System.Net.HttpStatusCode.Unauthorized, """{"message": "Unauthenticated."}""");

        var error = await Assert.ThrowsAsync<VoordeMensenException>(
            () => host.Default.Peppered.GetOrderAsync(12345, TestContext.Current.CancellationToken));

        Assert.Equal(VdmErrorKind.Unauthorized, error.Kind);
        Assert.Equal("Unauthenticated.", error.Message);
        Assert.DoesNotContain(VdmTestHost.DemoKey, error.ToString(), StringComparison.Ordinal);
        Assert.NotEmpty(host.Logs.Lines);
        Assert.All(host.Logs.Lines, line => Assert.DoesNotContain(VdmTestHost.DemoKey, line, StringComparison.Ordinal));
    }

    [Fact]
    public async Task Logs_show_method_template_and_status_but_not_cart_ids()
    {
        using var host = VdmTestHost.Create();
        host.Stub.OnJson("GET", "/v1/demo/cart/SECRETCARTID", PublicContractExamples.EmptyCart);

        await host.Default.Public.GetCartAsync("SECRETCARTID", TestContext.Current.CancellationToken);

        Assert.Contains(host.Logs.Lines, l => l.Contains("GET /v1/{client}/cart/{cartId} -> 200", StringComparison.Ordinal));
        Assert.All(host.Logs.Lines, line => Assert.DoesNotContain("SECRETCARTID", line, StringComparison.Ordinal));
    }
}
