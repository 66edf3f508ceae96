using Checkout.VoordeMensen;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace Checkout.IntegrationTests.VoordeMensen;

/// <summary>VoordeMensen:BaseUrl in each form VdM documents, over real HTTP to a stub server that records the paths.</summary>
public sealed class BaseUrlFormTests
{
    [Theory]
    [InlineData("", "")]
    [InlineData("/", "")]
    [InlineData("/v1", "")]
    [InlineData("/v1/", "")]
    [InlineData("/vdm", "/vdm")]
    [InlineData("/vdm/", "/vdm")]
    [InlineData("/vdm/v1", "/vdm")]
    [InlineData("/vdm/v1/", "/vdm")]
    public async Task Every_form_reaches_v1_client_once_never_v1_v1(string configuredPath, string expectedPrefix)
    {
        await using var server = await RecordingVdmServer.StartAsync();
        var baseUrl = server.Root.GetLeftPart(UriPartial.Authority) + configuredPath;
        await using var provider = Services(new()
        {
            ["VoordeMensen:BaseUrl"] = baseUrl,
            ["VoordeMensen:Client"] = "demo",
            ["VoordeMensen:ApiKey"] = "loopback-key-1234",
        });
        var client = provider.GetRequiredService<IVoordeMensenClients>().For("default");

        await client.Public.GetProductionsAsync(upcomingOnly: true, TestContext.Current.CancellationToken);
        await client.Peppered.GetPaymentMethodsAsync(TestContext.Current.CancellationToken);

        Assert.Equal([$"{expectedPrefix}/v1/demo/events/upcoming", $"{expectedPrefix}/v1/demo/peppered/paymentmethods"], server.Paths);
    }

    private static ServiceProvider Services(Dictionary<string, string?> settings)
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(settings).Build();
        var services = new ServiceCollection();
        services.AddLogging();
        services.AddVoordeMensen(configuration);
        return services.BuildServiceProvider();
    }
}
