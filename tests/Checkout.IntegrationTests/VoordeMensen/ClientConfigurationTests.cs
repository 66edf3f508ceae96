using Checkout.VoordeMensen;
using Checkout.VoordeMensen.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace Checkout.IntegrationTests.VoordeMensen;

public sealed class ClientConfigurationTests
{
    [Fact]
    public void Client_keys_are_the_default_plus_every_client_with_a_VoordeMensen_section()
    {
        var settings = VdmTestHost.DefaultSettings();
        settings["Clients:webonly:Brand:Name"] = "No VdM section";
        using var host = VdmTestHost.Create(settings);

        Assert.Equal(["default", "fringe"], host.Clients.ClientKeys.Order());
        Assert.Equal("fringe", host.Clients.For("fringe").ClientName);
    }

    [Fact]
    public void A_client_inherits_host_and_timeouts_but_never_the_name_or_key_of_the_default()
    {
        var settings = VdmTestHost.DefaultSettings("Basic");
        settings.Remove("Clients:fringe:VoordeMensen:ApiKey");
        settings["VoordeMensen:MaxConcurrentCalls"] = "7";
        using var host = VdmTestHost.Create(settings);

        var fringe = host.Services.GetRequiredService<IOptionsMonitor<VoordeMensenOptions>>().Get("fringe");

        Assert.Equal("https://api.vdm.test/", fringe.BaseUrl);
        Assert.Equal(VdmAuthStyle.Basic, fringe.AuthStyle);
        Assert.Equal(2, fringe.AttemptTimeoutSeconds);
        Assert.Equal(5, fringe.TotalTimeoutSeconds);
        Assert.Equal(7, fringe.MaxConcurrentCalls);
        Assert.Equal("fringe", fringe.Client);
        Assert.Equal("", fringe.ApiKey);
        Assert.False(host.Clients.For("fringe").HasPepperedKey);
    }

    [Fact]
    public void Invalid_settings_fail_at_start_up_naming_the_key()
    {
        var settings = VdmTestHost.DefaultSettings();
        settings["Clients:fringe:VoordeMensen:Client"] = "";
        settings["VoordeMensen:BaseUrl"] = "not a url";
        settings["VoordeMensen:TotalTimeoutSeconds"] = "1";
        settings["VoordeMensen:CircuitBreakerMinimumThroughput"] = "1";
        settings["VoordeMensen:MaxConcurrentCalls"] = "0";
        settings["Clients:fringe:VoordeMensen:ConcurrencyQueueSeconds"] = "31";
        using var host = VdmTestHost.Create(settings);

        var error = Assert.Throws<AggregateException>(() => host.Services.GetRequiredService<IStartupValidator>().Validate());

        var messages = string.Join("\n", error.InnerExceptions.Select(e => e.Message));
        Assert.Contains("Clients:fringe:VoordeMensen:Client is required", messages, StringComparison.Ordinal);
        Assert.Contains("VoordeMensen:BaseUrl must be an absolute http(s) URL or empty", messages, StringComparison.Ordinal);
        Assert.Contains("VoordeMensen:TotalTimeoutSeconds must be at least AttemptTimeoutSeconds", messages, StringComparison.Ordinal);
        Assert.Contains("VoordeMensen:CircuitBreakerMinimumThroughput must be between 2 and 10000", messages, StringComparison.Ordinal);
        Assert.Contains("VoordeMensen:MaxConcurrentCalls must be between 1 and 1000", messages, StringComparison.Ordinal);
        Assert.Contains("Clients:fringe:VoordeMensen:ConcurrencyQueueSeconds must be between 0 and 30", messages, StringComparison.Ordinal);
    }

    [Fact]
    public void Unknown_client_keys_are_refused_with_the_known_keys()
    {
        using var host = VdmTestHost.Create();

        var error = Assert.Throws<KeyNotFoundException>(() => host.Clients.For("nope"));

        Assert.Contains("'nope'", error.Message, StringComparison.Ordinal);
        Assert.Contains("default", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_empty_BaseUrl_without_a_sandbox_resolver_says_what_is_missing()
    {
        var settings = VdmTestHost.DefaultSettings();
        settings["VoordeMensen:BaseUrl"] = "";
        using var host = VdmTestHost.Create(settings);

        var error = await Assert.ThrowsAsync<InvalidOperationException>(
            () => host.Default.Public.GetProductionsAsync(cancellationToken: TestContext.Current.CancellationToken));

        Assert.Contains("VoordeMensen:BaseUrl is empty", error.Message, StringComparison.Ordinal);
        Assert.Contains(nameof(IVoordeMensenEndpointResolver), error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_replacement_resolver_is_asked_when_the_client_is_created_and_may_have_a_path()
    {
        var settings = VdmTestHost.DefaultSettings();
        settings["VoordeMensen:BaseUrl"] = "";
        var resolver = new LateSandboxResolver();
        using var host = VdmTestHost.Create(settings, configure: s => s.AddSingleton<IVoordeMensenEndpointResolver>(resolver));
        host.Stub.OnJson("GET", "/sandbox/v1/demo/paymentmethods", PublicContractExamples.PaymentMethods);
        var client = host.Default;
        resolver.Port = 5123;

        var methods = await client.Public.GetPaymentMethodsAsync(TestContext.Current.CancellationToken);

        Assert.Equal(4, methods.Count);
        Assert.Equal("http://127.0.0.1:5123", Assert.Single(host.Stub.Requests).Authority);
    }

    [Fact]
    public void Options_print_without_the_key()
    {
        var options = new VoordeMensenOptions { Client = "demo", ApiKey = VdmTestHost.DemoKey };

        Assert.DoesNotContain(VdmTestHost.DemoKey, options.ToString(), StringComparison.Ordinal);
        Assert.Contains("ApiKey = ***", options.ToString(), StringComparison.Ordinal);
    }

    private sealed class LateSandboxResolver : IVoordeMensenEndpointResolver
    {
        public int? Port { get; set; }

        public Uri ResolveBaseAddress(string clientKey) =>
            new($"http://127.0.0.1:{Port ?? throw new InvalidOperationException("server not started")}/sandbox/");

        public Uri ResolveTicketHost(string clientKey) => ResolveBaseAddress(clientKey);
    }
}
